#pragma once

#include "screens/screen.h"

class QCheckBox;
class QLabel;
class QLineEdit;

namespace rsk {
class Database;
struct PaymentParameters;
}

namespace rsk::ui {

// Parametrar maskinella inbetalningar (handbook 3.4) for the session's
// company: the over- and underpayment limits in kronor, the avräkningskonto,
// "Överföring nästa faktura", the observation account, and the collection
// agencies' giro numbers whose payments take the method Inkasso. Enter
// saves, F6 (Borttag) puts the defaults back in the form, F7 undoes the
// form's changes. A refused value is shown beside its field.
class PaymentParametersScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "payments.parameters";
    static constexpr char kClearCommand[] = "payments.parameters.clear";
    static constexpr char kUndoCommand[] = "payments.parameters.undo";

    explicit PaymentParametersScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load();
    void showParameters(const PaymentParameters &p);
    void save();
    void clearToDefaults();
    void setError(QWidget *field, const QString &message);
    QLineEdit *addLine(const char *name, int maxLength);

    rsk::Database *m_ledger = nullptr;
    QLabel *m_company = nullptr;
    QLineEdit *m_over = nullptr;
    QLineEdit *m_under = nullptr;
    QLineEdit *m_account = nullptr;
    QCheckBox *m_carry = nullptr;
    QLineEdit *m_observation = nullptr;
    QLineEdit *m_agencyGiros = nullptr;
    QLabel *m_methods = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    bool m_loading = false;
};

} // namespace rsk::ui
