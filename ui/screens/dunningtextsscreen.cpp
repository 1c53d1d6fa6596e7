#include "screens/dunningtextsscreen.h"

#include "screencontext.h"
#include "session.h"
#include "storage/database.h"
#include "widgets/registertable.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>

namespace rsk::ui {

namespace {

const QList<DunningTextKind> kKinds{DunningTextKind::Reminder, DunningTextKind::Collection,
                                    DunningTextKind::Residual, DunningTextKind::Threat};

// The text editor with the printable width drawn as a vertical line, the
// way the letter will cut it (7.4: "formatet på de olika blanketterna").
class MarginTextEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    void setMarginColumns(int columns)
    {
        m_columns = columns;
        viewport()->update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPlainTextEdit::paintEvent(event);
        const qreal x = contentOffset().x() + document()->documentMargin()
                        + fontMetrics().horizontalAdvance(QString(m_columns, QLatin1Char('x')));
        QPainter painter(viewport());
        painter.setPen(QPen(QColor(0xc0, 0x40, 0x40), 1, Qt::DashLine));
        painter.drawLine(QPointF(x, 0), QPointF(x, viewport()->height()));
    }

private:
    int m_columns = 77;
};

} // namespace

DunningTextsScreen::DunningTextsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kSaveCommand), this), &QAction::triggered, this,
            &DunningTextsScreen::save);
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &DunningTextsScreen::undo);

    auto *intro = new QLabel(tr("Texterna på påminnelser (7.4), inkassokrav (7.5), restkrav (7.6) "
                                "och hot om betalningsföreläggande (7.9). Den streckade linjen "
                                "visar hur långt en rad får vara. Ctrl+S sparar."),
                             this);
    intro->setWordWrap(true);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Påminnelse"));
    m_kind->addItem(tr("Inkassokrav"));
    m_kind->addItem(tr("Restkrav"));
    m_kind->addItem(tr("Hot om betalningsföreläggande"));
    m_number = new QComboBox(this);
    m_number->setObjectName(QStringLiteral("numberCombo"));
    for (int n = 1; n <= 9; ++n)
        m_number->addItem(QString::number(n), n);
    m_formType = new QComboBox(this);
    m_formType->setObjectName(QStringLiteral("formTypeCombo"));
    m_formType->addItem(tr("D – datapost (A5 liggande)"), QStringLiteral("D"));
    m_formType->addItem(tr("F – fakturablankett"), QStringLiteral("F"));

    auto *top = new QHBoxLayout;
    const QList<QPair<QString, QWidget *>> fields{{tr("Sla&g:"), m_kind},
                                                  {tr("&Nummer:"), m_number},
                                                  {tr("&Blankett:"), m_formType}};
    for (const auto &[label, field] : fields) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        top->addWidget(l);
        top->addWidget(field);
    }
    top->addStretch(1);

    auto *editor = new MarginTextEdit(this);
    m_text = editor;
    m_text->setObjectName(QStringLiteral("textEdit"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(true); // keyboard only; a tab is not allowed in a letter

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("counterLabel"));
    m_error = makeErrorLabel(this);
    m_status = makeStatusLabel(this);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(m_text, 1);
    contentLayout()->addWidget(m_counter);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    setTabOrder(m_kind, m_number);
    setTabOrder(m_number, m_formType);
    setTabOrder(m_formType, m_text);
    setFocusProxy(m_kind);

    if (!m_ledger) {
        setError(tr("Ingen reskontra är öppen."));
        m_text->setEnabled(false);
        return;
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DunningTextsScreen::selectionChanged);
    connect(m_number, &QComboBox::currentIndexChanged, this,
            &DunningTextsScreen::selectionChanged);
    connect(m_formType, &QComboBox::currentIndexChanged, this,
            &DunningTextsScreen::formTypeChanged);
    connect(m_text, &QPlainTextEdit::textChanged, this, &DunningTextsScreen::textEdited);
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this,
            &DunningTextsScreen::updateCounter);
    selectionChanged();
}

void DunningTextsScreen::declareCommands(CommandRegistry &commands)
{
    const QString id = QLatin1String(kId);
    commands.declare({QLatin1String(kUndoCommand), id, QKeySequence(Qt::Key_F7), tr("Ångra")});
    commands.declare({QLatin1String(kSaveCommand), id, QKeySequence(Qt::CTRL | Qt::Key_S),
                      tr("Spara")});
}

DunningTextKind DunningTextsScreen::currentKind() const
{
    return kKinds.value(m_kind->currentIndex(), DunningTextKind::Reminder);
}

QChar DunningTextsScreen::currentFormType() const
{
    return m_formType->currentData().toString().at(0);
}

int DunningTextsScreen::maxWidth() const
{
    return DunningTexts::maxWidth(currentKind(), currentFormType());
}

void DunningTextsScreen::selectionChanged()
{
    if (m_loading)
        return;
    if (isModified() && !confirmClose()) {
        const QSignalBlocker blockKind(m_kind);
        const QSignalBlocker blockNumber(m_number);
        m_kind->setCurrentIndex(m_shownKind);
        m_number->setCurrentIndex(m_shownNumber);
        return;
    }
    load();
}

void DunningTextsScreen::load()
{
    m_shownKind = m_kind->currentIndex();
    m_shownNumber = m_number->currentIndex();
    const DunningTextKind kind = currentKind();
    const int number = m_number->currentData().toInt();
    const auto stored = DunningTexts(*m_ledger).text(kind, number);
    // 7.6/7.9: residual demands and threats are printed on the invoice form
    // (A4) only; reminders and collection demands choose.
    const bool choosesForm = kind == DunningTextKind::Reminder
                             || kind == DunningTextKind::Collection;
    QChar form = stored ? stored->formType : QLatin1Char(choosesForm ? 'D' : 'F');
    if (!choosesForm)
        form = QLatin1Char('F');
    m_loading = true;
    m_formType->setCurrentIndex(form == QLatin1Char('D') ? 0 : 1);
    m_formType->setEnabled(choosesForm);
    m_text->setPlainText(stored ? stored->lines.join(QLatin1Char('\n')) : QString());
    m_loading = false;
    static_cast<MarginTextEdit *>(m_text)->setMarginColumns(maxWidth());
    setModified(false);
    m_error->clear();
    m_status->setText(stored ? QString()
                             : tr("%1 %2 finns inte ännu; den läggs upp när du sparar.")
                                   .arg(DunningTexts::kindName(kind))
                                   .arg(number));
    markLongLines();
    updateCounter();
}

void DunningTextsScreen::formTypeChanged()
{
    static_cast<MarginTextEdit *>(m_text)->setMarginColumns(maxWidth());
    markLongLines();
    updateCounter();
    if (!m_loading)
        setModified(true);
}

void DunningTextsScreen::textEdited()
{
    markLongLines();
    updateCounter();
    if (!m_loading)
        setModified(true);
}

void DunningTextsScreen::updateCounter()
{
    const QTextCursor cursor = m_text->textCursor();
    m_counter->setText(tr("rad %1 av %2, kolumn %3 av %4")
                           .arg(cursor.blockNumber() + 1)
                           .arg(DunningTexts::maxLines(currentKind()))
                           .arg(cursor.positionInBlock() + 1)
                           .arg(maxWidth()));
}

// Lines longer than the form allows (trailing spaces do not count, as in
// DunningTexts::problem) and lines below the last allowed one.
void DunningTextsScreen::markLongLines()
{
    const int width = maxWidth();
    const int lines = DunningTexts::maxLines(currentKind());
    QList<QTextEdit::ExtraSelection> marks;
    for (QTextBlock block = m_text->document()->begin(); block.isValid(); block = block.next()) {
        const QString line = block.text();
        int length = line.size();
        while (length > 0 && line.at(length - 1).isSpace())
            --length;
        if (length <= width && (block.blockNumber() < lines || length == 0))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(QColor(0xff, 0xd0, 0xd0));
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(block);
        marks << mark;
    }
    m_text->setExtraSelections(marks);
}

DunningText DunningTextsScreen::formText() const
{
    DunningText t;
    t.kind = currentKind();
    t.number = m_number->currentData().toInt();
    t.formType = currentFormType();
    t.lines = m_text->toPlainText().split(QLatin1Char('\n'));
    return t;
}

void DunningTextsScreen::save()
{
    if (!m_ledger)
        return;
    const DunningText t = formText();
    try {
        DunningTexts(*m_ledger).save(t);
    } catch (const LedgerError &e) {
        setError(e.message());
        // Put the cursor on the first marked line, the one the reason names.
        const QList<QTextEdit::ExtraSelection> marks = m_text->extraSelections();
        if (!marks.isEmpty()) {
            QTextCursor cursor = marks.first().cursor;
            cursor.movePosition(QTextCursor::EndOfBlock);
            m_text->setTextCursor(cursor);
        }
        m_text->setFocus();
        return;
    }
    setModified(false);
    m_error->clear();
    m_status->setText(
        tr("%1 %2 är sparad.").arg(DunningTexts::kindName(t.kind)).arg(t.number));
}

void DunningTextsScreen::undo()
{
    if (!m_ledger)
        return;
    setModified(false);
    load();
    m_status->setText(tr("Ändringarna är ångrade."));
}

void DunningTextsScreen::setError(const QString &message)
{
    m_error->setText(message);
    m_status->clear();
}

} // namespace rsk::ui
