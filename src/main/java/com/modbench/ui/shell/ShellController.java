package com.modbench.ui.shell;

import com.modbench.api.Moderator;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.Samples;
import com.modbench.ui.text.TextScreenController;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;

/** The main window: menus, tabs and the status bar. Feature views live in their own FXML files. */
public final class ShellController {

    private final AppContext context;

    @FXML private Menu samplesMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private TabPane tabs;
    @FXML private Label endpointLabel;
    @FXML private Label statusLabel;
    @FXML private TextScreenController textViewController;

    public ShellController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        darkThemeItem.selectedProperty().addListener((obs, was, dark) -> Theme.apply(dark ? Theme.DARK : Theme.LIGHT));
        for (Samples.Sample sample : Samples.text()) {
            MenuItem item = new MenuItem(sample.title());
            item.setOnAction(e -> {
                tabs.getSelectionModel().select(0);
                textViewController.loadAndScreen(sample.text());
            });
            samplesMenu.getItems().add(item);
        }
        context.moderatorProperty().addListener((obs, old, now) -> showEndpoint(now));
        showEndpoint(context.moderatorProperty().get());
    }

    private void showEndpoint(Moderator moderator) {
        endpointLabel.setText(moderator == null ? "Starting engine…" : moderator.describe());
        statusLabel.setText(moderator == null ? "" : "Ready");
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    @FXML
    private void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, """
                Ctrl+Enter        Screen the text
                Ctrl+Shift+D      Toggle dark theme
                Ctrl+Q            Quit
                F1                This help""");
        alert.setHeaderText("Keyboard shortcuts");
        alert.show();
    }

    @FXML
    private void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                "Modbench — an offline content-moderation workbench compatible with the Content Moderator API v1.0.");
        alert.setHeaderText("About Modbench");
        alert.show();
    }
}
