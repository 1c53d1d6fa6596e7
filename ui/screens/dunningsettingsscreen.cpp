#include "screens/dunningsettingsscreen.h"

#include "ledger/referencedata.h"
#include "ledger/types.h"
#include "screencontext.h"
#include "session.h"
#include "storage/database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace rsk::ui {

namespace {

QLineEdit *digitsEdit(QWidget *parent, const QString &name, const QString &pattern, int chars)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), edit));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QLatin1Char('9')) * (chars + 4));
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

std::optional<int> optionalNumber(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt; // 7.7: "lämnas fältet blankt" = the step is not used
    return text.toInt();
}

} // namespace

DunningSettingsScreen::DunningSettingsScreen(ScreenContext &context, QWidget *parent)
    : Screen(context, BackKey::Closes, parent), m_ledger(context.session.context().ledger)
{
    declareCommands(commands());
    connect(commands().bind(QLatin1String(kUndoCommand), this), &QAction::triggered, this,
            &DunningSettingsScreen::undo);

    auto *intro = new QLabel(tr("Villkoren för påminnelser, inkassokrav och restkrav per "
                                "debiteringsrutin (handbok 7.7). Blankt antal dagar = steget "
                                "används inte. Avgifter i hela kronor. Enter sparar."),
                             this);
    intro->setWordWrap(true);

    m_routine = new QComboBox(this);
    m_routine->setObjectName(QStringLiteral("routineCombo"));
    auto *top = new QHBoxLayout;
    auto *routineLabel = new QLabel(tr("&Debiteringsrutin:"), this);
    routineLabel->setBuddy(m_routine);
    top->addWidget(routineLabel);
    top->addWidget(m_routine, 1);

    m_reminder1 = {tr("Påminnelse 1"), fee_cap::ReminderOre};
    m_reminder2 = {tr("Påminnelse 2"), fee_cap::ReminderOre};
    m_collection = {tr("Inkassokrav"), fee_cap::CollectionOre};
    m_residual = {tr("Restkrav"), 0};
    auto *steps = new QHBoxLayout;
    steps->addWidget(createStep(m_reminder1, QStringLiteral("reminder1"), true), 1);
    steps->addWidget(createStep(m_reminder2, QStringLiteral("reminder2"), true), 1);
    steps->addWidget(createStep(m_collection, QStringLiteral("collection"), true), 1);
    steps->addWidget(createStep(m_residual, QStringLiteral("residual"), false), 1);

    // The collection demand's own fields (7.7 "Antal dagar sen åtgärd",
    // rubrik, uppdebitering av upplupen ränta).
    m_collectionBasis = new QComboBox(this);
    m_collectionBasis->setObjectName(QStringLiteral("collectionBasisCombo"));
    m_collectionBasis->addItem(QString(), 0);
    m_collectionBasis->addItem(tr("1 – efter påminnelse 1"), 1);
    m_collectionBasis->addItem(tr("2 – efter påminnelse 2"), 2);
    m_collectionBasis->addItem(tr("9 – efter förfallodag"), 9);
    m_collectionHeading = new QComboBox(this);
    m_collectionHeading->setObjectName(QStringLiteral("collectionHeadingCombo"));
    m_collectionHeading->addItem(QStringLiteral("INKASSOKRAV"));
    m_collectionHeading->addItem(QStringLiteral("KRAVBREV"));
    m_collectionDebitInterest = new QCheckBox(tr("Uppdebitera upplupen ränta"), this);
    m_collectionDebitInterest->setObjectName(QStringLiteral("collectionDebitInterestCheck"));
    m_collection.form->insertRow(1, tr("Räknas från:"), m_collectionBasis);
    m_collection.form->insertRow(2, tr("Rubrik:"), m_collectionHeading);
    m_collection.form->insertRow(7, QString(), m_collectionDebitInterest);

    m_residualHeading = new QLineEdit(this);
    m_residualHeading->setObjectName(QStringLiteral("residualHeadingEdit"));
    m_residualHeading->setMaxLength(15);
    m_residualHeading->setMinimumWidth(
        m_residualHeading->fontMetrics().horizontalAdvance(QLatin1Char('W')) * 12);
    m_residual.form->insertRow(1, tr("Rubrik:"), m_residualHeading);

    m_reminderFeeAgreed = new QCheckBox(
        tr("Påminnelseavgift avtalad i förväg (lag 1981:739 2 §)"), this);
    m_reminderFeeAgreed->setObjectName(QStringLiteral("reminderFeeAgreedCheck"));

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00000;"));
    m_error->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    contentLayout()->addWidget(intro);
    contentLayout()->addLayout(top);
    contentLayout()->addLayout(steps);
    contentLayout()->addWidget(m_reminderFeeAgreed);
    contentLayout()->addWidget(m_error);
    contentLayout()->addWidget(m_status);
    contentLayout()->addStretch(1);

    // Tab order is reading order (UI.md): the routine, then step by step.
    QList<QWidget *> order{m_routine};
    order << stepFields(m_reminder1) << stepFields(m_reminder2);
    QList<QWidget *> collection = stepFields(m_collection);
    collection.insert(1, m_collectionBasis);
    collection.insert(2, m_collectionHeading);
    collection.insert(collection.indexOf(m_collection.printInterest) + 1,
                      m_collectionDebitInterest);
    order << collection;
    QList<QWidget *> residual = stepFields(m_residual);
    residual.insert(1, m_residualHeading);
    order << residual << m_reminderFeeAgreed;
    for (int i = 0; i < order.size(); ++i) {
        order.at(i)->installEventFilter(this);
        if (i > 0)
            setTabOrder(order.at(i - 1), order.at(i));
        if (auto *edit = qobject_cast<QLineEdit *>(order.at(i)))
            connect(edit, &QLineEdit::textEdited, this, &DunningSettingsScreen::formEdited);
        else if (auto *check = qobject_cast<QCheckBox *>(order.at(i)))
            connect(check, &QCheckBox::toggled, this, &DunningSettingsScreen::formEdited);
        else if (order.at(i) != m_routine)
            connect(qobject_cast<QComboBox *>(order.at(i)), &QComboBox::currentIndexChanged,
                    this, &DunningSettingsScreen::formEdited);
    }
    setFocusProxy(m_routine);

    if (!m_ledger) {
        m_error->setText(tr("Ingen reskontra är öppen."));
        for (QWidget *w : order.mid(1))
            w->setEnabled(false);
        return;
    }
    for (const Routine &r : ReferenceData(*m_ledger).routines())
        m_routine->addItem(QStringLiteral("%1 %2").arg(r.code, r.name), r.code);
    connect(m_routine, &QComboBox::currentIndexChanged, this,
            &DunningSettingsScreen::routineChosen);
    routineChosen(m_routine->currentIndex());
}

void DunningSettingsScreen::declareCommands(CommandRegistry &commands)
{
    commands.declare({QLatin1String(kUndoCommand), QLatin1String(kId), QKeySequence(Qt::Key_F7),
                      tr("Ångra")});
}

QWidget *DunningSettingsScreen::createStep(StepFields &step, const QString &code, bool withFee)
{
    auto *box = new QGroupBox(step.name, this);
    box->setObjectName(code + QStringLiteral("Box"));
    step.days = digitsEdit(box, code + QStringLiteral("Days"), QStringLiteral("\\d{0,3}"), 3);
    step.text = digitsEdit(box, code + QStringLiteral("Text"), QStringLiteral("[1-9]?"), 1);
    step.handler = new QLineEdit(box);
    step.handler->setObjectName(code + QStringLiteral("Handler"));
    step.handler->setMaxLength(limits::Handler);
    step.form = new QFormLayout(box);
    step.form->addRow(tr("Antal dagar:"), step.days);
    step.form->addRow(tr("Textnummer:"), step.text);
    if (withFee) {
        // handbook 7.7: the fee is whole kronor, at most 3 digits.
        step.fee = digitsEdit(box, code + QStringLiteral("Fee"), QStringLiteral("\\d{0,3}"), 3);
        step.debit = new QCheckBox(tr("Uppdebiteras"), box);
        step.debit->setObjectName(code + QStringLiteral("Debit"));
        step.printInterest = new QCheckBox(tr("Skriv ut upplupen ränta"), box);
        step.printInterest->setObjectName(code + QStringLiteral("PrintInterest"));
        step.reason = new QLineEdit(box);
        step.reason->setObjectName(code + QStringLiteral("Reason"));
        step.form->addRow(tr("Avgift (kr):"), step.fee);
        step.form->addRow(QString(), step.debit);
        step.form->addRow(QString(), step.printInterest);
        connect(step.fee, &QLineEdit::textChanged, this,
                &DunningSettingsScreen::updateReasonRows);
    }
    step.form->addRow(tr("Handläggare:"), step.handler);
    if (withFee)
        step.form->addRow(tr("Skäl, avgift över taket:"), step.reason);
    step.error = new QLabel(box);
    step.error->setObjectName(code + QStringLiteral("Error"));
    step.error->setStyleSheet(QStringLiteral("color: #b00000;"));
    step.error->setWordWrap(true);
    step.form->addRow(step.error);
    return box;
}

QList<QWidget *> DunningSettingsScreen::stepFields(const StepFields &step) const
{
    QList<QWidget *> out{step.days, step.text};
    if (step.fee)
        out << step.fee << step.debit << step.printInterest;
    out << step.handler;
    if (step.reason)
        out << step.reason;
    return out;
}

bool DunningSettingsScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched != m_routine) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            save();
            return true;
        }
    }
    return Screen::eventFilter(watched, event);
}

void DunningSettingsScreen::routineChosen(int index)
{
    if (m_loading || index < 0 || index == m_shownRoutine)
        return;
    if (isModified() && !confirmClose()) {
        const QSignalBlocker block(m_routine);
        m_routine->setCurrentIndex(m_shownRoutine);
        return;
    }
    m_shownRoutine = index;
    const QString code = m_routine->itemData(index).toString();
    const auto stored = DunningSettingsRegister(*m_ledger).settings(code);
    showSettings(stored.value_or(DunningSettingsRegister::defaults(code)));
    if (!stored)
        m_status->setText(tr("Rutin %1 har inga inställningar ännu; förslaget nedan sparas med "
                             "Enter.")
                              .arg(code));
}

void DunningSettingsScreen::showStep(StepFields &step, const DunningStepSettings &s)
{
    step.days->setText(s.days ? QString::number(*s.days) : QString());
    step.text->setText(s.textNumber > 0 ? QString::number(s.textNumber) : QString());
    step.handler->setText(s.handler);
    if (step.fee) {
        step.fee->setText(QString::number(s.fee.ore() / 100));
        step.debit->setChecked(s.debit);
        step.printInterest->setChecked(s.printInterest);
        step.reason->setText(s.overrideReason);
    }
}

void DunningSettingsScreen::showSettings(const DunningSettings &s)
{
    m_loading = true;
    showStep(m_reminder1, s.reminder1);
    showStep(m_reminder2, s.reminder2);
    showStep(m_collection, s.collection);
    showStep(m_residual, s.residual);
    m_collectionBasis->setCurrentIndex(
        std::max(0, m_collectionBasis->findData(int(s.collectionBasis))));
    m_collectionHeading->setCurrentIndex(s.collectionAsKravbrev ? 1 : 0);
    m_collectionDebitInterest->setChecked(s.collectionDebitInterest);
    m_residualHeading->setText(s.residualHeading);
    m_reminderFeeAgreed->setChecked(s.reminderFeeAgreed);
    m_loading = false;
    updateReasonRows();
    setModified(false);
    clearMessages();
}

DunningStepSettings DunningSettingsScreen::stepFrom(const StepFields &step) const
{
    DunningStepSettings s;
    s.days = optionalNumber(step.days);
    s.textNumber = step.text->text().trimmed().toInt();
    s.handler = step.handler->text().trimmed();
    if (step.fee) {
        // Whole kronor only (the validator allows digits only): one exact
        // conversion to öre, no rounding.
        s.fee = Money::fromOre(step.fee->text().trimmed().toLongLong() * 100);
        s.debit = step.debit->isChecked();
        s.printInterest = step.printInterest->isChecked();
        s.overrideReason = step.reason->text().trimmed();
    }
    return s;
}

DunningSettings DunningSettingsScreen::formSettings() const
{
    DunningSettings s;
    s.routine = m_routine->currentData().toString();
    s.reminder1 = stepFrom(m_reminder1);
    s.reminder2 = stepFrom(m_reminder2);
    s.collection = stepFrom(m_collection);
    s.residual = stepFrom(m_residual);
    s.collectionBasis = CollectionBasis(m_collectionBasis->currentData().toInt());
    s.collectionAsKravbrev = m_collectionHeading->currentIndex() == 1;
    s.collectionDebitInterest = m_collectionDebitInterest->isChecked();
    s.residualHeading = m_residualHeading->text().trimmed();
    s.reminderFeeAgreed = m_reminderFeeAgreed->isChecked();
    return s;
}

// The reason field is shown only while the fee is above its legal cap
// (lag 1981:739 4 §, FACTS-SE §5); a stored reason is shown with its fee.
void DunningSettingsScreen::updateReasonRows()
{
    for (StepFields *step : {&m_reminder1, &m_reminder2, &m_collection}) {
        const qint64 ore = step->fee->text().trimmed().toLongLong() * 100;
        step->form->setRowVisible(step->reason, ore > step->capOre);
    }
}

void DunningSettingsScreen::formEdited()
{
    if (!m_loading)
        setModified(true);
}

void DunningSettingsScreen::save()
{
    if (!m_ledger || m_routine->currentIndex() < 0)
        return;
    const DunningSettings s = formSettings();
    try {
        DunningSettingsRegister(*m_ledger).save(s);
    } catch (const LedgerError &e) {
        return showProblems(e.message().split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    }
    setModified(false);
    if (const auto stored = DunningSettingsRegister(*m_ledger).settings(s.routine))
        showSettings(*stored);
    m_status->setText(tr("Inställningarna för rutin %1 är sparade.").arg(s.routine));
}

void DunningSettingsScreen::undo()
{
    if (!m_ledger || m_routine->currentIndex() < 0)
        return;
    setModified(false);
    m_shownRoutine = -1;
    routineChosen(m_routine->currentIndex());
    m_status->setText(tr("Ändringarna är ångrade."));
}

// Each problem goes beside the step it names ("Rutin 10, Påminnelse 1: …")
// and the first named field gets the focus (UI.md); the rest in the red line.
void DunningSettingsScreen::showProblems(const QStringList &problems)
{
    clearMessages();
    QWidget *focus = nullptr;
    QStringList general;
    for (const QString &problem : problems) {
        StepFields *owner = nullptr;
        for (StepFields *step : {&m_reminder1, &m_reminder2, &m_collection, &m_residual}) {
            if (problem.contains(QStringLiteral(", %1:").arg(step->name)))
                owner = step;
        }
        if (!owner) {
            general << problem;
            continue;
        }
        QString text = problem.mid(problem.indexOf(owner->name + QLatin1Char(':'))
                                   + owner->name.size() + 1)
                           .trimmed();
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        const QString old = owner->error->text();
        owner->error->setText(old.isEmpty() ? text : old + QLatin1Char('\n') + text);
        const QString lower = problem.toLower();
        QWidget *field = owner->days;
        if (lower.contains(QStringLiteral("avtalats i förväg")))
            field = m_reminderFeeAgreed;
        else if (lower.contains(QStringLiteral("avgift")) && owner->fee)
            field = owner->reason && owner->form->isRowVisible(owner->reason)
                            && lower.contains(QStringLiteral("skäl"))
                        ? static_cast<QWidget *>(owner->reason)
                        : owner->fee;
        else if (lower.contains(QStringLiteral("text")))
            field = owner->text;
        else if (lower.contains(QStringLiteral("handläggare")))
            field = owner->handler;
        else if (lower.contains(QStringLiteral("utgår från"))
                 || lower.contains(QStringLiteral("utgångspunkt")))
            field = m_collectionBasis;
        else if (lower.contains(QStringLiteral("räntan")))
            field = m_collectionDebitInterest;
        else if (lower.contains(QStringLiteral("rubrik")))
            field = m_residualHeading;
        if (!focus)
            focus = field;
    }
    m_error->setText(general.isEmpty()
                         ? tr("Inställningarna är inte sparade: rätta det som står vid stegen.")
                         : general.join(QLatin1Char('\n')));
    if (focus)
        focus->setFocus();
}

void DunningSettingsScreen::clearMessages()
{
    m_error->clear();
    m_status->clear();
    for (StepFields *step : {&m_reminder1, &m_reminder2, &m_collection, &m_residual})
        step->error->clear();
}

} // namespace rsk::ui
