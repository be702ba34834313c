package com.modbench.ui.lists;

import com.modbench.api.TermLists;
import com.modbench.engine.lists.LintFinding;
import com.modbench.engine.lists.TermFiles;
import com.modbench.ui.common.AppContext;
import java.io.File;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Thin controller of the Lists tab: binds the view to its view-models and forwards user actions. */
public final class ListsController {

    private final AppContext context;
    private final ListsStatus status = new ListsStatus();
    private final ListsViewModel lists;
    private final TermsViewModel terms;
    private final ChecksViewModel checks;

    @FXML private ListView<ListRow> listView;
    @FXML private Button newListButton;
    @FXML private Button deleteListButton;
    @FXML private VBox confirmBar;
    @FXML private Label confirmLabel;
    @FXML private Button confirmDeleteButton;
    @FXML private Button cancelDeleteButton;
    @FXML private ComboBox<String> termLanguageBox;
    @FXML private Label indexStateLabel;
    @FXML private Button refreshButton;
    @FXML private TextField filterField;
    @FXML private Label countLabel;
    @FXML private ListView<String> termsView;
    @FXML private TextField newTermField;
    @FXML private Button addTermButton;
    @FXML private Button deleteTermsButton;
    @FXML private TextArea pasteArea;
    @FXML private Button addPastedButton;
    @FXML private Button importButton;
    @FXML private Button exportTxtButton;
    @FXML private Button exportCsvButton;
    @FXML private ListView<String> reportList;
    @FXML private TextField nameField;
    @FXML private TextArea descriptionArea;
    @FXML private TextArea metadataArea;
    @FXML private Button saveDetailsButton;
    @FXML private Button lintButton;
    @FXML private Label lintSummaryLabel;
    @FXML private TableView<LintFinding> lintTable;
    @FXML private TextArea commentsArea;
    @FXML private Button openCommentsButton;
    @FXML private Button previewButton;
    @FXML private Label previewSummaryLabel;
    @FXML private ListView<com.modbench.engine.lists.TermPreview.Hit> hitsView;
    @FXML private ProgressIndicator listsBusyIndicator;
    @FXML private Label listsStatusLabel;
    @FXML private Hyperlink undoLink;

    public ListsController(AppContext context) {
        this.context = context;
        Supplier<TermLists> api = () -> context.moderator().termLists();
        lists = new ListsViewModel(api, context.tasks(), status);
        terms = new TermsViewModel(api, context.tasks(), status, lists::reload);
        checks = new ChecksViewModel(api, context.tasks(), status);
    }

    @FXML
    private void initialize() {
        bindLists();
        bindTerms();
        bindDetails();
        bindChecks();
        listsBusyIndicator.visibleProperty().bind(lists.busyProperty().or(terms.busyProperty()).or(checks.busyProperty()));
        listsStatusLabel.textProperty().bind(status.messageProperty());
        status.errorProperty().addListener((obs, was, error) -> styleIf(listsStatusLabel, "error", error));
        undoLink.visibleProperty().bind(status.undoProperty().isNotNull());
        undoLink.setOnAction(e -> status.undo());
        context.moderatorProperty().addListener((obs, old, now) -> lists.reload());
        if (context.moderatorProperty().get() != null) {
            lists.reload();
        }
    }

    private void bindLists() {
        listView.setItems(lists.rows());
        listView.setCellFactory(view -> new ListRowCell());
        listView.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row != lists.selectedProperty().get()) {
                lists.selectedProperty().set(row);
            }
        });
        lists.selectedProperty().addListener((obs, old, row) -> {
            listView.getSelectionModel().select(row);
            if (old == null || row == null || old.id() != row.id()) {
                hideConfirmation();
            }
            terms.listIdProperty().set(row == null ? null : row.id());
        });
        newListButton.setOnAction(e -> lists.createList());
        deleteListButton.disableProperty().bind(lists.selectedProperty().isNull());
        deleteListButton.setOnAction(e -> askToDelete());
        confirmDeleteButton.setOnAction(e -> {
            hideConfirmation();
            lists.deleteSelected();
        });
        cancelDeleteButton.setOnAction(e -> hideConfirmation());
    }

    private void bindTerms() {
        termLanguageBox.setItems(terms.languages());
        termLanguageBox.valueProperty().bindBidirectional(terms.languageProperty());
        indexStateLabel.textProperty().bind(terms.indexStateProperty());
        terms.indexOutOfDateProperty().addListener((obs, was, stale) -> styleIf(indexStateLabel, "out-of-date", stale));
        refreshButton.setOnAction(e -> terms.refreshIndex());
        filterField.textProperty().bindBidirectional(terms.filterProperty());
        countLabel.textProperty().bind(terms.countProperty());
        termsView.setItems(terms.visibleTerms());
        termsView.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        newTermField.textProperty().bindBidirectional(terms.newTermProperty());
        newTermField.setOnAction(e -> terms.addTerm());
        addTermButton.setOnAction(e -> terms.addTerm());
        addTermButton.disableProperty().bind(terms.newTermProperty().isEmpty());
        deleteTermsButton.disableProperty().bind(Bindings.isEmpty(termsView.getSelectionModel().getSelectedItems()));
        deleteTermsButton.setOnAction(e -> terms.deleteTerms(termsView.getSelectionModel().getSelectedItems()));
        pasteArea.textProperty().bindBidirectional(terms.pastedProperty());
        addPastedButton.setOnAction(e -> terms.addPasted());
        addPastedButton.disableProperty().bind(terms.pastedProperty().isEmpty());
        importButton.setOnAction(e -> choose("Import terms", false, "*.txt", "*.csv")
                .ifPresent(file -> terms.importFile(file.toPath())));
        exportTxtButton.setOnAction(e -> choose("Export terms as TXT", true, "*.txt")
                .ifPresent(file -> terms.export(file.toPath(), TermFiles.Format.TXT)));
        exportCsvButton.setOnAction(e -> choose("Export terms as CSV", true, "*.csv")
                .ifPresent(file -> terms.export(file.toPath(), TermFiles.Format.CSV)));
        reportList.setItems(terms.report());
        reportList.visibleProperty().bind(Bindings.isNotEmpty(terms.report()));
        reportList.managedProperty().bind(reportList.visibleProperty());
    }

    private void bindDetails() {
        nameField.textProperty().bindBidirectional(lists.nameProperty());
        descriptionArea.textProperty().bindBidirectional(lists.descriptionProperty());
        metadataArea.textProperty().bindBidirectional(lists.metadataProperty());
        saveDetailsButton.disableProperty().bind(lists.selectedProperty().isNull());
        saveDetailsButton.setOnAction(e -> lists.saveDetails());
    }

    private void bindChecks() {
        lintButton.setOnAction(e -> checks.lint(terms.listIdProperty().get()));
        lintSummaryLabel.textProperty().bind(checks.lintSummaryProperty());
        lintTable.setItems(checks.findings());
        lintTable.getColumns().setAll(column("Term", LintFinding::term), column("Language", LintFinding::language),
                column("Problem", f -> ChecksViewModel.label(f.kind())), column("Details", LintFinding::message));
        commentsArea.textProperty().bindBidirectional(checks.commentsProperty());
        openCommentsButton.setOnAction(e -> choose("Open comments", false, "*.txt", "*.*")
                .ifPresent(file -> checks.loadComments(file.toPath())));
        previewButton.setOnAction(e -> checks.preview(terms.listIdProperty().get(), terms.languageProperty().get()));
        previewSummaryLabel.textProperty().bind(checks.previewSummaryProperty());
        hitsView.setItems(checks.hits());
        hitsView.setCellFactory(view -> new PreviewHitCell());
    }

    private void askToDelete() {
        ListRow row = lists.selectedProperty().get();
        confirmLabel.setText("Delete '" + row.title() + "' and its " + row.terms() + " terms? You can undo this.");
        confirmBar.setVisible(true);
        confirmBar.setManaged(true);
    }

    private void hideConfirmation() {
        confirmBar.setVisible(false);
        confirmBar.setManaged(false);
    }

    private java.util.Optional<File> choose(String title, boolean save, String... patterns) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
        var window = listView.getScene().getWindow();
        return java.util.Optional.ofNullable(save ? chooser.showSaveDialog(window) : chooser.showOpenDialog(window));
    }

    private static TableColumn<LintFinding, String> column(String title,
                                                           java.util.function.Function<LintFinding, String> value) {
        TableColumn<LintFinding, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private static void styleIf(javafx.scene.Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }
}
