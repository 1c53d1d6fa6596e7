#include "screens/runscreen.h"

#include "models/reporttablemodel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rsk::ui {

SelectionGrid::SelectionGrid(QGroupBox *box, const QString &dash)
    : m_box(box), m_grid(new QGridLayout(box)), m_dash(dash)
{}

QLineEdit *SelectionGrid::edit(const char *name, int maxLength, int width)
{
    auto *e = new QLineEdit(m_box);
    e->setObjectName(QLatin1String(name));
    e->setMaxLength(maxLength);
    e->setMaximumWidth(width > 0 ? width : maxLength > 3 ? m_longWidth : 60);
    chain(e);
    return e;
}

void SelectionGrid::chain(QWidget *widget)
{
    if (m_previous)
        QWidget::setTabOrder(m_previous, widget);
    m_previous = widget;
}

void SelectionGrid::line(const QString &label, QWidget *from, QWidget *to, const QString &hint)
{
    addFields(label, from, to);
    if (!hint.isEmpty())
        m_grid->addWidget(new QLabel(hint, m_box), m_row, 4);
    ++m_row;
}

void SelectionGrid::line(const QString &label, QWidget *from, QWidget *to, QWidget *hint)
{
    addFields(label, from, to);
    if (hint)
        m_grid->addWidget(hint, m_row, 4);
    ++m_row;
}

void SelectionGrid::addFields(const QString &label, QWidget *from, QWidget *to)
{
    auto *l = new QLabel(label, m_box);
    if (label.contains(QLatin1Char('&'))) // Alt+the letter goes to the field
        l->setBuddy(from);
    m_grid->addWidget(l, m_row, 0);
    m_grid->addWidget(from, m_row, 1, 1, !to && m_spanSingle ? 3 : 1);
    if (to) {
        m_grid->addWidget(new QLabel(m_dash, m_box), m_row, 2);
        m_grid->addWidget(to, m_row, 3);
    }
}

void SelectionGrid::wide(QWidget *widget, int column)
{
    m_grid->addWidget(widget, m_row++, column, 1, 5 - column);
}

void SelectionGrid::wideLine(const QString &label, QWidget *field, Qt::Alignment labelAlignment)
{
    m_grid->addWidget(new QLabel(label, m_box), m_row, 0, labelAlignment);
    m_grid->addWidget(field, m_row, 1, 1, 4);
    ++m_row;
}

void SelectionGrid::finish(QWidget *next)
{
    chain(next);
    m_grid->setColumnStretch(5, 1);
}

RunScreenBase::RunScreenBase(ScreenContext &context, const QString &commandPrefix,
                             const QString &firstNumberColumn, QWidget *parent)
    : ReportScreen(context, commandPrefix, parent), m_firstNumberColumn(firstNumberColumn)
{}

void RunScreenBase::setRunForm(SelectionGrid &form, QLineEdit *first, const QString &resultTitle,
                               const QString &hint, const QString &noLedger,
                               const QString &noteName)
{
    form.finish(table());
    setSelectionForm(form.box());

    m_note = new QLabel(this);
    m_note->setObjectName(noteName);
    m_note->setWordWrap(true);
    m_resultBox = new QGroupBox(resultTitle, this);
    m_resultBox->setObjectName(QStringLiteral("resultBox"));
    m_result = new QLabel(m_resultBox);
    m_result->setObjectName(QStringLiteral("resultText"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(m_resultBox))->addWidget(m_result);
    m_resultBox->hide();
    // Under the buttons and the messages, above the list.
    const int tableAt = contentLayout()->indexOf(table());
    auto *keys = new QLabel(hint, this);
    keys->setWordWrap(true);
    contentLayout()->insertWidget(tableAt, keys);
    contentLayout()->insertWidget(tableAt + 1, m_note);
    contentLayout()->insertWidget(tableAt + 2, m_resultBox);

    if (!ledger()) {
        m_note->setText(noLedger);
        form.box()->setEnabled(false);
    }
    setFocusProxy(first);
    first->setFocus();
    first->selectAll();
}

QString RunScreenBase::resultText() const
{
    return m_resultBox->isHidden() ? QString() : m_result->text();
}

QString RunScreenBase::noteText() const
{
    return m_note->text();
}

void RunScreenBase::setNote(const QString &text, bool paintNow)
{
    m_note->setText(text);
    if (paintNow)
        m_note->repaint();
}

QWidget *RunScreenBase::fieldFor(const QString &message, std::initializer_list<ReasonField> fields,
                                 ToField to)
{
    for (const ReasonField &f : fields) {
        if (!message.startsWith(QString::fromUtf8(f.prefix)))
            continue;
        if (!f.to)
            return f.from;
        if (message.contains(QLatin1String("t.o.m.")))
            return f.to;
        if (to == ToField::NamedOrQuotedValue) {
            const QRegularExpressionMatch quoted =
                QRegularExpression(QStringLiteral("\"([^\"]*)\"")).match(message);
            const auto *from = qobject_cast<const QLineEdit *>(f.from);
            if (quoted.hasMatch() && f.to->text().trimmed() == quoted.captured(1)
                && (!from || from->text().trimmed() != quoted.captured(1)))
                return f.to;
        }
        return f.from;
    }
    return nullptr;
}

void RunScreenBase::showRefusal(const QString &message)
{
    setFieldError(message, refusedField(message));
}

bool RunScreenBase::tryPlan(const std::function<void()> &step)
{
    try {
        step();
    } catch (const LedgerError &e) {
        if (errorText().isEmpty()) // a field reader has not said it already
            showRefusal(e.message());
        return false;
    }
    return true;
}

bool RunScreenBase::runBusy(const std::function<void()> &step, const QString &nothingDone)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        step();
    } catch (const LedgerError &e) {
        QApplication::restoreOverrideCursor();
        m_note->setText(nothingDone);
        showRefusal(e.message());
        return false;
    }
    QApplication::restoreOverrideCursor();
    return true;
}

bool RunScreenBase::confirm(QMessageBox::Icon icon, const QString &title, const QString &text,
                            const QString &go, const QString &cancel)
{
    return ask(icon, title, text, go, cancel, false);
}

bool RunScreenBase::offer(const QString &title, const QString &text, const QString &yes,
                          const QString &no)
{
    return ask(QMessageBox::Question, title, text, yes, no, true);
}

QString RunScreenBase::askPdfPath(const QString &outputDir, const QString &name,
                                  const QString &caption, const QString &filter)
{
    if (!outputDir.isEmpty())
        return QDir(outputDir).filePath(name);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, caption, QDir(dir).filePath(name), filter);
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    return path;
}

bool RunScreenBase::ask(QMessageBox::Icon icon, const QString &title, const QString &text,
                        const QString &yes, const QString &no, bool yesIsDefault)
{
    auto box = std::make_unique<QMessageBox>(icon, title, text, QMessageBox::NoButton, this);
    QPushButton *yesButton = box->addButton(yes, QMessageBox::AcceptRole);
    QPushButton *noButton = box->addButton(no, QMessageBox::RejectRole);
    box->setDefaultButton(yesIsDefault ? yesButton : noButton);
    box->setEscapeButton(noButton);
    box->exec();
    const bool answeredYes = box->clickedButton() == yesButton;
    m_lastQuestion = std::move(box);
    return answeredYes;
}

void RunScreenBase::listStarts()
{
    m_resultBox->hide();
    m_note->clear();
}

void RunScreenBase::showRunResult(const QStringList &lines, const QString &note)
{
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_resultBox->show();
    m_note->setText(note);
}

// Sum rows: the label over the text columns, as on paper.
void RunScreenBase::spanSumLabels()
{
    QTableView *view = table();
    view->clearSpans();
    const int firstNumber = model()->layout().columnIndex(m_firstNumberColumn);
    for (int row = 0; row < model()->rowCount(); ++row)
        if (model()->reportRow(row).isSum())
            view->setSpan(row, 0, 1, firstNumber);
    view->resizeColumnsToContents();
}

} // namespace rsk::ui
