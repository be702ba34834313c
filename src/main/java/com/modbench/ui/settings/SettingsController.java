package com.modbench.ui.settings;

import com.modbench.ui.common.StyleClasses;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Thin controller of {@code settings.fxml}: binds the fields to {@link SettingsViewModel} and forwards clicks. */
public final class SettingsController {

    private final SettingsViewModel model;
    private final Runnable close;

    @FXML private RadioButton embeddedRadio;
    @FXML private RadioButton remoteRadio;
    @FXML private GridPane remoteFields;
    @FXML private TextField urlField;
    @FXML private PasswordField keyField;
    @FXML private Button testButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private GridPane thresholdFields;
    @FXML private TextField category1Field;
    @FXML private TextField category2Field;
    @FXML private TextField category3Field;
    @FXML private Button defaultThresholdsButton;
    @FXML private Label thresholdsNoteLabel;
    @FXML private Label messageLabel;
    @FXML private Button cancelButton;
    @FXML private Button saveButton;

    public SettingsController(SettingsViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
    }

    @FXML
    private void initialize() {
        (model.remoteProperty().get() ? remoteRadio : embeddedRadio).setSelected(true);
        remoteRadio.selectedProperty().addListener((obs, was, now) -> model.remoteProperty().set(now));
        remoteFields.disableProperty().bind(model.remoteProperty().not());
        urlField.textProperty().bindBidirectional(model.urlProperty());
        keyField.textProperty().bindBidirectional(model.keyProperty());
        bindThresholds();
        busyIndicator.visibleProperty().bind(model.busyProperty());
        testButton.disableProperty().bind(model.busyProperty());
        saveButton.disableProperty().bind(model.busyProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        StyleClasses.follow(messageLabel, "error-label", model.failedProperty());
        testButton.setOnAction(e -> model.testConnection());
        saveButton.setOnAction(e -> model.save(close));
        cancelButton.setOnAction(e -> close.run());
    }

    private void bindThresholds() {
        ReviewThresholdsForm form = model.thresholds();
        category1Field.textProperty().bindBidirectional(form.category1Property());
        category2Field.textProperty().bindBidirectional(form.category2Property());
        category3Field.textProperty().bindBidirectional(form.category3Property());
        thresholdFields.disableProperty().bind(model.remoteProperty());
        thresholdsNoteLabel.textProperty().bind(model.thresholdsNote());
        defaultThresholdsButton.setOnAction(e -> form.resetToDefaults());
    }
}
