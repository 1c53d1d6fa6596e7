#pragma once

#include "screens/reportscreen.h"
#include "storage/ledgererror.h"

#include <QMessageBox>

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace rsk::ui {

// Builds a run screen's selection form: lines of a label, a field or a
// fr.o.m. – t.o.m. pair and a hint in a grid (label, field, dash, t.o.m.,
// hint); the fields tab in the order they are made.
class SelectionGrid
{
public:
    // `dash` stands between fr.o.m. and t.o.m.
    SelectionGrid(QGroupBox *box, const QString &dash);

    QGroupBox *box() const { return m_box; }
    // A field without a t.o.m. reaches over the dash and t.o.m. columns.
    void spanSingleFields() { m_spanSingle = true; }
    // The width of a field of more than three characters (110).
    void setLongFieldWidth(int width) { m_longWidth = width; }

    // A line edit in the form; `width` 0: 60 for up to three characters,
    // else the long field width.
    QLineEdit *edit(const char *name, int maxLength, int width = 0);
    // `widget` is next in the tab order (edit() does this itself).
    void chain(QWidget *widget);
    void line(const QString &label, QWidget *from, QWidget *to = nullptr,
              const QString &hint = QString());
    void line(const QString &label, QWidget *from, QWidget *to, QWidget *hint);
    // A line of its own from `column` to the hint column (a check box, a heading).
    void wide(QWidget *widget, int column);
    // A label and a field reaching over the t.o.m. and hint columns.
    void wideLine(const QString &label, QWidget *field, Qt::Alignment labelAlignment = {});
    // The last field tabs to `next`.
    void finish(QWidget *next);

private:
    void addFields(const QString &label, QWidget *from, QWidget *to);

    QGroupBox *m_box;
    QGridLayout *m_grid;
    QString m_dash;
    int m_row = 0;
    QWidget *m_previous = nullptr;
    int m_longWidth = 110;
    bool m_spanSingle = false;
};

// What the run screens (Uppdatera bokföring, Rensning betalda fakturor,
// Överföring till nästa faktura, Räntefakturering, Överföring till inkasso,
// Hot om betalningsföreläggande, Påminnelser/krav) share around their
// report: Enter/F8 lists what a run would do now and changes nothing (the
// kontrollista); F10 asks and runs, and then the run's own list stands in
// the table. Above the list: the keys, a note (what the list is, what was
// not done) and the run's result in a box. A refused selection shows the
// reason at the field core names first in it. The typed part is RunScreen.
class RunScreenBase : public ReportScreen
{
    Q_OBJECT
public:
    // The run's result ("" while none is shown) and the note above the list.
    QString resultText() const;
    QString noteText() const;

protected:
    // Sum rows' labels reach over the columns before `firstNumberColumn`.
    RunScreenBase(ScreenContext &context, const QString &commandPrefix,
                  const QString &firstNumberColumn, QWidget *parent);

    // Ends the constructor: `form` above the buttons (its last field tabs to
    // the list); `hint` (the keys), the note and the result box titled
    // `resultTitle` above the list. Without an open ledger the form is
    // disabled and the note says `noLedger`. `first` has the focus.
    void setRunForm(SelectionGrid &form, QLineEdit *first, const QString &resultTitle,
                    const QString &hint, const QString &noLedger,
                    const QString &noteName = QStringLiteral("runNote"));

    // `paintNow`: painted before a long step (the event loop is not reached).
    void setNote(const QString &text, bool paintNow = false);

    // Where a refusal goes: the field of the first prefix the message starts
    // with; of a fr.o.m. – t.o.m. pair the t.o.m. when the message names it
    // ("t.o.m.") or, with NamedOrQuotedValue, quotes the t.o.m.'s value and
    // not the fr.o.m.'s.
    struct ReasonField
    {
        const char *prefix; // UTF-8
        QWidget *from;
        QLineEdit *to = nullptr;
    };
    enum class ToField { Named, NamedOrQuotedValue };
    static QWidget *fieldFor(const QString &message, std::initializer_list<ReasonField> fields,
                             ToField to = ToField::Named);
    // The field a refusal from core belongs to (null: none).
    virtual QWidget *refusedField(const QString &message) const = 0;
    // The reason under the form, the focus on its field.
    void showRefusal(const QString &message);
    // Reads the fields and plans (`step`). On a LedgerError its reason at its
    // field (unless a field reader has shown one already), and false.
    bool tryPlan(const std::function<void()> &step);
    // The run itself (`step`) under a wait cursor. On a LedgerError the note
    // says `nothingDone`, the reason is at its field, and false.
    bool runBusy(const std::function<void()> &step, const QString &nothingDone);
    // The question before a run: true when `go` was clicked (Enter and Esc
    // are `cancel`).
    bool confirm(QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &go, const QString &cancel);
    // An offer after a run (to print): true when `yes` was clicked (Enter is
    // `yes`, Esc `no`).
    bool offer(const QString &title, const QString &text, const QString &yes, const QString &no);
    // Where a run's PDF goes: `outputDir`/`name` when a directory is set
    // (tests), else asked with a save dialog in the documents folder (".pdf"
    // added when missing); "" = cancelled.
    QString askPdfPath(const QString &outputDir, const QString &name, const QString &caption,
                       const QString &filter);

    // For RunScreen: a kontrollista is made (the last run's result goes);
    // a run's list is shown with `lines` as its result; the list is shown.
    void listStarts();
    void showRunResult(const QStringList &lines, const QString &note);
    void spanSumLabels();

private:
    bool ask(QMessageBox::Icon icon, const QString &title, const QString &text,
             const QString &yes, const QString &no, bool yesIsDefault);

    QString m_firstNumberColumn;
    // The last question, kept (closed) until the next one is made: a question
    // and the offer after it are never one widget, so that what answers them
    // tells them apart.
    std::unique_ptr<QMessageBox> m_lastQuestion;
    QLabel *m_note = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_result = nullptr;
};

// A run screen whose core service plans and runs a `Result` (with dryRun set
// on a plan). The subclass says how to plan the kontrollista from its
// fields, its list and its note; after a run it calls showRun().
template <typename Result>
class RunScreen : public RunScreenBase
{
public:
    // The last run made here, or null.
    const Result *lastRun() const { return m_lastRun ? &*m_lastRun : nullptr; }

protected:
    using RunScreenBase::RunScreenBase;

    // The kontrollista from the fields; throws LedgerError (a field reader
    // has shown its reason; core's goes to refusedField()).
    virtual Result planList() = 0;
    // The list of a kontrollista or of a run.
    virtual ReportTable listTable(const Result &result) const = 0;
    // The note above a kontrollista.
    virtual QString listNote(const Result &result) const = 0;

    // After a run: its list in the table, `lines` in the result box, `note`.
    void showRun(const Result &result, const QStringList &lines, const QString &note)
    {
        m_pendingRun = result;
        run();
        showRunResult(lines, note);
    }

    std::unique_ptr<ReportPager> createReport() final
    {
        Result result;
        if (m_pendingRun) {
            result = *m_pendingRun;
            m_pendingRun.reset();
        } else {
            listStarts();
            try {
                result = planList();
            } catch (const LedgerError &e) {
                if (errorText().isEmpty()) // a field reader has not said it already
                    showRefusal(e.message());
                throw;
            }
        }
        m_shown = result;
        return std::make_unique<HeldReportPager>(listTable(result));
    }

    void reportShown() final
    {
        spanSumLabels();
        if (m_shown && m_shown->dryRun)
            setNote(listNote(*m_shown));
    }

    std::optional<Result> m_lastRun;

private:
    std::optional<Result> m_pendingRun; // listed by the next createReport()
    std::optional<Result> m_shown;      // what the table shows
};

} // namespace rsk::ui
