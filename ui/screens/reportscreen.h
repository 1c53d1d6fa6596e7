#pragma once

#include "reports/reporttable.h"
#include "screens/screen.h"

#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rsk {
class Database;
}

namespace rsk::ui {

class ReportTableModel;

// What the three payment lists (handbook 5.1–5.3) share, and what later
// lists (Saldolista …) can reuse: a selection form on top (the subclass's),
// Enter runs, the result in a table that loads on demand, F16 (Shift+F4)
// prints with a preview, Ctrl+E exports to Excel and Ctrl+Skift+E to CSV
// through a file dialog, with a progress dialog that can be cancelled.
// Bad selection: the reason under the form, focus on the field.
class ReportScreen : public Screen
{
    Q_OBJECT
public:
    enum class ExportFormat { Xlsx, Csv };
    // Asks for the file to write; empty = cancelled. Replaceable for tests.
    using FileNameProvider =
        std::function<QString(const QString &suggestedName, ExportFormat format)>;

    ReportScreen(ScreenContext &context, const QString &commandPrefix, QWidget *parent = nullptr);
    ~ReportScreen() override;

    // Declares F16 and the two export commands in `screenId`'s context.
    static void declareReportCommands(CommandRegistry &commands, const QString &screenId,
                                      const QString &commandPrefix);

    ReportTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString errorText() const;
    QString statusText() const;

    void setFileNameProvider(FileNameProvider provider) { m_fileName = std::move(provider); }

    // Enter: build the report from the fields and show it. False (and the
    // reason under the form) when the selection is refused.
    bool run();
    // Writes the shown report to `path`; false + the reason shown on failure.
    bool exportTo(const QString &path, ExportFormat format);
    // The shown report as a PDF (what F16 prints), for tests and "Skriv till PDF".
    bool printToPdf(const QString &path);

protected:
    // The subclass's selection (the report to show), or throws
    // LedgerError::Refused with the reason; field(s) via setFieldError().
    virtual std::unique_ptr<ReportPager> createReport() = 0;
    // The form above the table; its line edits run the report on Enter.
    void setSelectionForm(QWidget *form);
    // Shows the reason and puts the focus on the field (UI.md "Keys").
    void setFieldError(const QString &message, QWidget *field);
    void clearError();
    // Field readers for createReport(): empty fields give an empty value; a
    // bad one sets the reason ("<label>: …"), focuses the field and throws
    // LedgerError::Refused.
    QDate dateField(QLineEdit *field, const QString &label) const;
    QString companyField(QLineEdit *field, const QString &label) const;
    rsk::Database *ledger() const;
    QString suggestedFileName() const;
    // After a successful run (status line, column sets …).
    virtual void reportShown() {}

private:
    void printPreview();
    void exportWithDialog(ExportFormat format);

    QString m_prefix;
    QWidget *m_form = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    ReportTableModel *m_model = nullptr;
    FileNameProvider m_fileName;
};

} // namespace rsk::ui
