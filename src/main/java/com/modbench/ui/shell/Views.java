package com.modbench.ui.shell;

import com.modbench.ui.common.AppContext;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Loads FXML views with a controller factory that hands each controller the {@link AppContext} (constructor
 * injection). Nested {@code fx:include}s inherit the factory.
 */
public final class Views {

    private static final List<String> STYLESHEETS = List.of("/styles/app.css", "/styles/text.css", "/styles/lists.css",
            "/styles/image.css", "/styles/settings.css");

    private Views() {
    }

    public static Parent load(String fxml, AppContext context) throws IOException {
        FXMLLoader loader = new FXMLLoader(Views.class.getResource(fxml));
        loader.setControllerFactory(type -> instantiate(type, context));
        return loader.load();
    }

    public static void addStylesheets(Scene scene) {
        for (String sheet : STYLESHEETS) {
            var url = Views.class.getResource(sheet);
            if (url != null) {
                scene.getStylesheets().add(url.toExternalForm());
            }
        }
    }

    private static Object instantiate(Class<?> type, AppContext context) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] params = constructor.getParameterTypes();
                if (params.length == 1 && params[0] == AppContext.class) {
                    return constructor.newInstance(context);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create controller " + type.getName(), e);
        }
    }
}
