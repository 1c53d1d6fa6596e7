#pragma once

#include "dunning/dunningsettings.h"
#include "screens/screen.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Inställningar påminnelser/krav (handbook 7.7): the routine chosen at the
// top, then its four steps side by side (påminnelse 1, påminnelse 2,
// inkassokrav, restkrav) with exactly the fields DunningSettingsRegister
// holds. Enter saves through the register; each problem it reports is shown
// beside the step it names (else in the red line) and nothing is saved.
class DunningSettingsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.dunningSettings";
    static constexpr char kUndoCommand[] = "dunningSettings.undo";

    explicit DunningSettingsScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The widgets of one step; fee fields are null on the residual demand.
    struct StepFields
    {
        QString name; // as the register's problems name it: "Påminnelse 1"
        qint64 capOre = 0;
        QLineEdit *days = nullptr;
        QLineEdit *text = nullptr;
        QLineEdit *fee = nullptr;
        QCheckBox *debit = nullptr;
        QCheckBox *printInterest = nullptr;
        QLineEdit *handler = nullptr;
        QLineEdit *reason = nullptr;
        QFormLayout *form = nullptr;
        QLabel *error = nullptr;
    };

    QWidget *createStep(StepFields &step, const QString &code, bool withFee);
    QList<QWidget *> stepFields(const StepFields &step) const;
    void routineChosen(int index);
    void showSettings(const DunningSettings &settings);
    void showStep(StepFields &step, const DunningStepSettings &settings);
    DunningStepSettings stepFrom(const StepFields &step) const;
    DunningSettings formSettings() const;
    void updateReasonRows();
    void save();
    void undo();
    void showProblems(const QStringList &problems);
    void clearMessages();
    void formEdited();

    rsk::Database *m_ledger = nullptr;
    QComboBox *m_routine = nullptr;
    StepFields m_reminder1;
    StepFields m_reminder2;
    StepFields m_collection;
    StepFields m_residual;
    QComboBox *m_collectionBasis = nullptr;
    QComboBox *m_collectionHeading = nullptr;
    QCheckBox *m_collectionDebitInterest = nullptr;
    QLineEdit *m_residualHeading = nullptr;
    QCheckBox *m_reminderFeeAgreed = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    int m_shownRoutine = -1;
    bool m_loading = false;
};

} // namespace rsk::ui
