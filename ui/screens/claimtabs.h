#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace rsk {
struct ClaimNote;
struct CustomerDebt;
struct Invoice;
struct InterestResult;
}

namespace rsk::ui {

// The tabs of Översikt kundfaktura (handbook 6.1) in view mode. Each lays
// out and shows what the screen hands it; none reads the ledger.

// A read-only form: label → value, money right-aligned (UI.md "Look").
class ClaimFormBox : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimFormBox(const QString &title, QWidget *parent = nullptr);
    QLabel *addRow(const char *objectName, const QString &label, bool money = false);

private:
    QFormLayout *m_form;
};

// Fakturauppgifter: receiver, invoice facts, the balance and its parts, and
// the lines; F9 switches the lines between text and account (kontering).
class ClaimInvoiceTab : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimInvoiceTab(QWidget *parent = nullptr);
    // `addressWithheld`: a protected identity; "Skyddad adress" instead of
    // the address (DOMAIN.md "People and trust").
    void showClaim(const rsk::Invoice &claim, const QDate &today, bool addressWithheld = false);
    void clear();
    void toggleLineColumn();
    bool showsAccounts() const { return m_showAccounts; }

private:
    void fillLines();

    QHash<QString, QLabel *> m_values;
    QTableWidget *m_lines;
    QList<QStringList> m_lineRows; // text, account, amount
    bool m_showAccounts = false;
};

// Kravuppgifter: every dunning date and fee, the interest invoice, the
// dunning code and watch text; the accrued interest (F15) to today, to the
// final-paid date or to a typed date with its periods; the customer's total
// debt over the companies and what was invoiced this year.
class ClaimDunningTab : public QWidget
{
    Q_OBJECT
public:
    enum InterestTo { ToToday, ToFinalPaid, ToDate };

    explicit ClaimDunningTab(QWidget *parent = nullptr);
    void showClaim(const rsk::Invoice &claim, const QString &dunningCodeText);
    void clear();
    void showDebt(const rsk::CustomerDebt &debt, const QString &ownCompany);
    void showInterest(const rsk::InterestResult &result, const QDate &to);
    void showInterestMessage(const QString &message);

    QComboBox *interestTo() const { return m_interestTo; }
    QLineEdit *interestDate() const { return m_interestDate; }

signals:
    void interestRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHash<QString, QLabel *> m_values;
    QComboBox *m_interestTo;
    QLineEdit *m_interestDate;
    QLabel *m_interestResult;
    QTableWidget *m_periods;
    QLabel *m_debtNote;
    QTableWidget *m_debt;
};

// Transaktioner: everything that changed the claim; F9 switches the last
// column between the remark and who registered it (handbook 6.1).
class ClaimTransactionsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimTransactionsTab(QWidget *parent = nullptr);
    void showClaim(const rsk::Invoice &claim, const QHash<QString, QString> &methodTexts);
    void clear();
    void toggleLastColumn();
    QTableWidget *table() const { return m_table; }

private:
    void fillLastColumn();
    QTableWidget *m_table;
    QStringList m_remarks;
    QStringList m_users;
    bool m_showUsers = false;
};

// Anteckningar: the notes with who and when, and a line to add one (Enter).
class ClaimNotesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimNotesTab(QWidget *parent = nullptr);
    void showNotes(const QList<rsk::ClaimNote> &notes);
    void setMessage(const QString &message, bool error);
    QLineEdit *newNote() const { return m_newNote; }
    QTableWidget *table() const { return m_table; }

signals:
    void addRequested(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableWidget *m_table;
    QLineEdit *m_newNote;
    QLabel *m_message;
};

// "2026-11-26T09:15:00Z" as the clerk reads it: local time to the minute.
QString localStamp(const QString &isoStamp);

} // namespace rsk::ui
