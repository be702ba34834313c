package com.modbench.ui.shell;

import com.modbench.api.Moderator;
import com.modbench.ui.common.AppContext;
import com.modbench.ui.common.Samples;
import com.modbench.ui.text.TextScreenController;
import com.modbench.ui.settings.EndpointStatus;
import com.modbench.ui.settings.Endpoints;
import com.modbench.ui.settings.SettingsDialog;
import com.modbench.ui.settings.SettingsStore;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** The main window: menus, tabs and the status bar. Feature views live in their own FXML files. */
public final class ShellController {

    /** How often a remote endpoint is checked again for the status bar. */
    private static final Duration RECHECK = Duration.seconds(30);

    private final AppContext context;
    private final EndpointStatus endpointStatus;

    @FXML private Menu samplesMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private TabPane tabs;
    @FXML private Label endpointLabel;
    @FXML private Label statusLabel;
    @FXML private TextScreenController textViewController;

    public ShellController(AppContext context) {
        this.context = context;
        this.endpointStatus = new EndpointStatus(context.tasks());
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
        endpointLabel.textProperty().bind(endpointStatus.textProperty());
        endpointStatus.reachableProperty().addListener((obs, was, reachable) -> {
            endpointLabel.getStyleClass().remove("error-label");
            if (!reachable) {
                endpointLabel.getStyleClass().add("error-label");
            }
        });
        endpointLabel.setTooltip(new Tooltip("The endpoint in use; click to change it (File → Settings)"));
        endpointLabel.setOnMouseClicked(e -> openSettings());
        context.moderatorProperty().addListener((obs, old, now) -> showEndpoint(now));
        showEndpoint(context.moderatorProperty().get());
        Timeline recheck = new Timeline();
        recheck.getKeyFrames().add(new KeyFrame(RECHECK, e -> {
            if (tabs.getScene() == null || tabs.getScene().getWindow() == null
                    || !tabs.getScene().getWindow().isShowing()) {
                recheck.stop(); // this window is gone
            } else {
                endpointStatus.recheck();
            }
        }));
        recheck.setCycleCount(Animation.INDEFINITE);
        recheck.play();
    }

    private void showEndpoint(Moderator moderator) {
        endpointStatus.check(moderator);
        statusLabel.setText(moderator == null ? "" : "Ready");
    }

    @FXML
    private void openSettings() {
        Endpoints endpoints = new Endpoints(context, SettingsStore.standard(), context.tasks(),
                () -> EngineStartup.embedded(context));
        SettingsDialog.show(tabs.getScene().getWindow(), endpoints, context.tasks());
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
