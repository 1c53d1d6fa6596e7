// Översikt kundfaktura (handbook 6.1) by keyboard only: a claim opened by
// company and number, the tabs by F10/F11/F13/F14/F17, F9 on the lines,
// F5 → due date changed → Enter → saved and audited, a refused date shown
// beside its field, F15 interest to today and to a typed date (worked out
// by hand), notes with the tab marked, a stale save refused with the
// clerk's input kept, F3 asking before dropping changes.
#include "testledger.h"
#include "uitestsupport.h"

#include "audit/auditlog.h"
#include "invoicecopydocument.h"
#include "interest/referencerates.h"
#include "ledger/invoicerepository.h"
#include "ledger/posting.h"
#include "menucatalogue.h"
#include "screens/claimchangeform.h"
#include "screens/claimscreen.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QApplication>
#include <QKeySequence>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>

using namespace rsk;
using namespace rsk::ui;
using rsk::test::ScreenTest;
using rsk::test::TestLedger;

namespace {
const QString kCompany = QStringLiteral("001");
const QString kClaim = QStringLiteral("010000001");
} // namespace

class TestClaimScreen : public ScreenTest<ClaimScreen>
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openByNumberAndMoveBetweenTabs();
    void unknownNumberSaysSo();
    void changeDueDateSavedAndAudited();
    void refusedDateShownBesideItsField();
    void changeModeLeavesTheMenuKeys();
    void interestToTodayAndToATypedDate();
    void notesAddedAndTabMarked();
    void staleSaveRefusedKeepsInput();
    void backAsksBeforeDroppingChanges();
    void dunningCodeChosenWithF4();
    void showClaimFromSearch();
    void invoiceCopyByF16();
    void screenshots();

private:
    void openScreen();
    void openClaim();
    void tabTo(const QString &objectName);
    QString text(const char *name) const { return child<QLabel>(name)->text(); }
    QTabWidget *tabs() const { return child<QTabWidget>("claimTabs"); }
    ClaimChangeForm *form() const { return child<ClaimChangeForm>("changeForm"); }

    std::unique_ptr<TestLedger> m_ledger;
};

void TestClaimScreen::initTestCase()
{
    useTemporarySettings();
}

void TestClaimScreen::init()
{
    // 10 000,00 to Andersson, Anna, invoiced 2026-01-01, due 2026-01-31;
    // today is 2026-11-26 (TestLedger).
    m_ledger = std::make_unique<TestLedger>();
    InvoiceDraft d = TestLedger::draft(kClaim, Money::fromKronor(10000));
    d.description = QStringLiteral("Lokalhyra januari");
    d.lines = {{1, QStringLiteral("Lokalhyra"), Money::fromKronor(9000), QStringLiteral("3010")},
               {2, QStringLiteral("Städning"), Money::fromKronor(1000), QStringLiteral("3020")}};
    m_ledger->registerInvoices({d});
    // The ledger ships 2,00 % from 2026-01-01 only; the same for 2026-H2, so
    // that interest up to today can be computed.
    ReferenceRates(*m_ledger->db).set(QDate(2026, 7, 1), 200);
}

void TestClaimScreen::cleanup()
{
    closeScreen();
    m_ledger.reset();
}

void TestClaimScreen::openScreen()
{
    showScreen(ClaimScreen::screenInfo(), shellOver(m_ledger->db.get()), QSize(1100, 700),
               kCompany);
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->setFocus();
}

void TestClaimScreen::openClaim()
{
    openScreen();
    // Opened empty: the company is the session's, the cursor in the number.
    QCOMPARE(child<QLineEdit>("companyEdit")->text(), kCompany);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("invoiceNumberEdit"));
    type(QStringLiteral("10000001")); // the leading 0 may be left out
    press(Qt::Key_Return);
    QVERIFY(m_screen->shownClaim());
    QCOMPARE(m_screen->shownClaim()->invoiceNumber, kClaim);
}

void TestClaimScreen::tabTo(const QString &objectName)
{
    for (int i = 0; i < 40; ++i) {
        if (QApplication::focusWidget()
            && QApplication::focusWidget()->objectName() == objectName)
            return;
        press(Qt::Key_Tab);
    }
    QFAIL(qPrintable(QStringLiteral("no field %1 in the tab order").arg(objectName)));
}

void TestClaimScreen::openByNumberAndMoveBetweenTabs()
{
    openClaim();
    QVERIFY(text("claimSummary").contains(QStringLiteral("Andersson, Anna")));
    QVERIFY(text("lastChange").contains(QStringLiteral("testare")));
    QCOMPARE(text("balance"), QStringLiteral("10 000,00"));
    QCOMPARE(text("dueDate"), QStringLiteral("2026-01-31"));
    QCOMPARE(text("receiverId"), QStringLiteral("19811218-9876"));
    auto *lines = child<QTableWidget>("linesTable");
    QCOMPARE(lines->rowCount(), 2);
    QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("Lokalhyra"));
    // F9: the lines' kontering instead of their text, and back.
    press(Qt::Key_F9);
    QCOMPARE(lines->item(0, 1)->text(), QStringLiteral("3010"));
    QCOMPARE(lines->horizontalHeaderItem(1)->text(), QStringLiteral("Kontering"));
    press(Qt::Key_F9);
    QCOMPARE(lines->item(1, 1)->text(), QStringLiteral("Städning"));

    press(Qt::Key_F14);
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::DunningTab));
    press(Qt::Key_F17);
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::NotesTab));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("newNoteEdit"));
    press(Qt::Key_F13);
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::TransactionsTab));
    press(Qt::Key_F10); // next: Anteckningar
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::NotesTab));
    press(Qt::Key_F10); // and round to Fakturauppgifter
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::InvoiceTab));
    press(Qt::Key_F14);
    press(Qt::Key_F11);
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::InvoiceTab));
    // Shift+F2 is F14 (UI.md: F13–F24 as Shift+F1–F12).
    press(Qt::Key_F2, Qt::ShiftModifier);
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::DunningTab));
}

void TestClaimScreen::unknownNumberSaysSo()
{
    openScreen();
    type(QStringLiteral("010000099"));
    press(Qt::Key_Return);
    QVERIFY(!m_screen->shownClaim());
    QCOMPARE(text("messageLabel"),
             QStringLiteral("Faktura 010000099 finns inte i företag 001."));
    press(Qt::Key_F5); // no claim: no change mode
    QVERIFY(!m_screen->inChangeMode());
}

void TestClaimScreen::changeDueDateSavedAndAudited()
{
    openClaim();
    const int version = m_screen->shownClaim()->version;
    press(Qt::Key_F5);
    QVERIFY(m_screen->inChangeMode());
    // "I ändringsläget försvinner flikindelningen"
    QCOMPARE(child<QStackedWidget>("claimStack")->currentWidget(), form());
    QCOMPARE(QApplication::focusWidget(), form()->field(QStringLiteral("id_number")));
    tabTo(QStringLiteral("due_dateEdit"));
    QCOMPARE(form()->field(QStringLiteral("due_date"))->text(), QStringLiteral("2026-01-31"));
    type(QStringLiteral("260315")); // Tab selected the old date: typing replaces it
    QVERIFY(m_screen->isModified());
    press(Qt::Key_Return);

    QVERIFY(!m_screen->inChangeMode());
    QVERIFY(!m_screen->isModified());
    QCOMPARE(text("dueDate"), QStringLiteral("2026-03-15"));
    QVERIFY2(text("messageLabel").contains(QStringLiteral("sparade (1 fält)")),
             qPrintable(text("messageLabel")));
    const Invoice stored = InvoiceRepository(*m_ledger->db).require(kCompany, kClaim);
    QCOMPARE(stored.dueDate, QDate(2026, 3, 15));
    QCOMPARE(stored.version, version + 1);
    QCOMPARE(stored.changedBy, QStringLiteral("testare"));
    const auto audit = AuditLog(*m_ledger->db)
                           .entriesFor(QStringLiteral("invoice"), QStringLiteral("001/010000001"));
    QVERIFY(!audit.isEmpty());
    QCOMPARE(audit.last().field, QStringLiteral("due_date"));
    QCOMPARE(audit.last().oldValue, QStringLiteral("2026-01-31"));
    QCOMPARE(audit.last().newValue, QStringLiteral("2026-03-15"));
    QCOMPARE(audit.last().user, QStringLiteral("testare"));
}

void TestClaimScreen::changeModeLeavesTheMenuKeys()
{
    // Alt+F, I, K, S, V and H open the main window's menus (UI.md): no field
    // of the change form may take one, or Alt+F would land in Förfallodag.
    openClaim();
    press(Qt::Key_F5);
    QVERIFY(m_screen->inChangeMode());
    QList<QKeySequence> menuKeys;
    for (const MenuSpec &menu : menuCatalogue())
        menuKeys << QKeySequence::mnemonic(menu.title);
    QStringList taken;
    int labels = 0;
    for (QLabel *label : m_screen->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->isVisibleTo(m_screen.get()))
            continue;
        const QKeySequence key = QKeySequence::mnemonic(label->text());
        if (key.isEmpty())
            continue;
        ++labels;
        if (menuKeys.contains(key))
            taken << label->text();
    }
    QVERIFY2(taken.isEmpty(), qPrintable(taken.join(QStringLiteral(", "))));
    QVERIFY(labels >= 10); // the form's labels were found
}

void TestClaimScreen::refusedDateShownBesideItsField()
{
    openClaim();
    press(Qt::Key_F5);
    tabTo(QStringLiteral("due_dateEdit"));
    type(QStringLiteral("251231")); // before the invoice date 2026-01-01
    tabTo(QStringLiteral("reminder1_dateEdit"));
    type(QStringLiteral("261301")); // no 13th month
    press(Qt::Key_Return);
    QVERIFY(m_screen->inChangeMode());
    // The date that does not parse is found first; fixed, the rule speaks.
    QVERIFY(!form()->problemText(QStringLiteral("reminder1_date")).isEmpty());
    QCOMPARE(QApplication::focusWidget(), form()->field(QStringLiteral("reminder1_date")));
    press(Qt::Key_Backspace);
    press(Qt::Key_Return);
    QVERIFY(m_screen->inChangeMode());
    const QString problem = form()->problemText(QStringLiteral("due_date"));
    QVERIFY2(problem.contains(QStringLiteral("före fakturadatum")), qPrintable(problem));
    QCOMPARE(QApplication::focusWidget(), form()->field(QStringLiteral("due_date")));
    QCOMPARE(InvoiceRepository(*m_ledger->db).require(kCompany, kClaim).dueDate,
             QDate(2026, 1, 31));
    // F7 undoes: view mode, the stored claim.
    press(Qt::Key_F7);
    QVERIFY(!m_screen->inChangeMode());
    QCOMPARE(text("dueDate"), QStringLiteral("2026-01-31"));
}

void TestClaimScreen::interestToTodayAndToATypedDate()
{
    openClaim();
    press(Qt::Key_F15);
    QCOMPARE(tabs()->currentIndex(), int(ClaimScreen::DunningTab));
    auto *to = child<QComboBox>("interestToCombo");
    QCOMPARE(QApplication::focusWidget(), to);
    QCOMPARE(to->currentIndex(), 0); // not paid: to today
    // 10 000,00 due 2026-01-31, to 2026-11-26: 2026-02-01..11-26 = 28+31+30+31+30+31
    // +31+30+31+26 = 299 days at 2,00 + 8 = 10,00 %:
    // 1 000 000 × 1000 × 299 / (10 000 × 365) = 81 917,8… → 819,18 kr.
    QVERIFY2(text("interestResult").contains(QStringLiteral("819,18 kr (299 räntedagar)")),
             qPrintable(text("interestResult")));
    QCOMPARE(child<QTableWidget>("interestPeriods")->rowCount(), 1); // one rate all year
    // To a typed date: Down twice chooses "till datum", Tab to the date.
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    QCOMPARE(to->currentIndex(), 2);
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("interestDateEdit"));
    type(QStringLiteral("260331"));
    press(Qt::Key_Return);
    // 28 + 31 = 59 days: 1 000 000 × 1000 × 59 / 3 650 000 = 16 164,38… → 161,64 kr.
    QVERIFY2(text("interestResult").contains(QStringLiteral("161,64 kr (59 räntedagar)")),
             qPrintable(text("interestResult")));
    auto *periods = child<QTableWidget>("interestPeriods");
    QCOMPARE(periods->item(0, 0)->text(), QStringLiteral("2026-02-01"));
    QCOMPARE(periods->item(0, 2)->text(), QStringLiteral("59"));
    QCOMPARE(periods->item(0, 3)->text(), QStringLiteral("10,00 %"));
    // The total debt of the customer is on the same tab.
    auto *debt = child<QTableWidget>("debtTable");
    QCOMPARE(debt->item(debt->rowCount() - 1, 1)->text(), QStringLiteral("10 000,00"));
}

void TestClaimScreen::notesAddedAndTabMarked()
{
    openClaim();
    QCOMPARE(tabs()->tabText(ClaimScreen::NotesTab), QStringLiteral("Anteckningar"));
    press(Qt::Key_F17);
    type(QStringLiteral("Ringde kunden, betalar på fredag"));
    press(Qt::Key_Return);
    auto *notes = child<QTableWidget>("notesTable");
    QCOMPARE(notes->rowCount(), 1);
    QCOMPARE(notes->item(0, 1)->text(), QStringLiteral("testare"));
    QCOMPARE(notes->item(0, 2)->text(), QStringLiteral("Ringde kunden, betalar på fredag"));
    QVERIFY(child<QLineEdit>("newNoteEdit")->text().isEmpty());
    QVERIFY(tabs()->tabText(ClaimScreen::NotesTab).contains(QStringLiteral("(1)")));
    press(Qt::Key_Return); // an empty note is refused, said beside the line
    QCOMPARE(notes->rowCount(), 1);
    QCOMPARE(text("noteMessage"), QStringLiteral("Anteckningen är tom."));
}

void TestClaimScreen::staleSaveRefusedKeepsInput()
{
    openClaim();
    press(Qt::Key_F5);
    tabTo(QStringLiteral("addressEdit"));
    type(QStringLiteral("Nygatan 9"));
    // Meanwhile another clerk registers a payment on the claim.
    m_ledger->db->setUser(QStringLiteral("anna"));
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = kClaim;
    r.method = QStringLiteral("1");
    r.amount = Money::fromKronor(100);
    r.transactionDate = QDate(2026, 11, 20);
    PostingService(*m_ledger->db).post(r);
    m_ledger->db->setUser(QStringLiteral("testare"));

    press(Qt::Key_Return);
    QVERIFY(m_screen->inChangeMode());
    QVERIFY2(text("messageLabel").contains(QStringLiteral("har ändrats av anna")),
             qPrintable(text("messageLabel")));
    QCOMPARE(form()->field(QStringLiteral("address"))->text(), QStringLiteral("Nygatan 9"));
    QCOMPARE(InvoiceRepository(*m_ledger->db).require(kCompany, kClaim).address,
             QStringLiteral("Storgatan 1"));
    // F7 reads the claim again, with the payment.
    press(Qt::Key_F7);
    QVERIFY(!m_screen->inChangeMode());
    QCOMPARE(text("balance"), QStringLiteral("9 900,00"));
}

void TestClaimScreen::backAsksBeforeDroppingChanges()
{
    openClaim();
    press(Qt::Key_F5);
    tabTo(QStringLiteral("coEdit"));
    type(QStringLiteral("c/o Berg"));
    answerNextQuestion(Qt::Key_Escape); // Avbryt: stay with the input
    press(Qt::Key_F3);
    QVERIFY(m_screen->inChangeMode());
    QCOMPARE(form()->field(QStringLiteral("co"))->text(), QStringLiteral("c/o Berg"));
    onNextModal([](QWidget *dialog) {
        QAbstractButton *discard =
            qobject_cast<QMessageBox *>(dialog)->button(QMessageBox::Discard);
        for (int i = 0; i < 5 && QApplication::focusWidget() != discard; ++i)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                            Qt::Key_Tab);
        QTest::keyClick(discard, Qt::Key_Space);
    });
    press(Qt::Key_F3);
    QVERIFY(!m_screen->inChangeMode());
    // Back to the number for a new search; nothing saved.
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>("invoiceNumberEdit"));
    QVERIFY(InvoiceRepository(*m_ledger->db).require(kCompany, kClaim).co.isEmpty());
}

void TestClaimScreen::dunningCodeChosenWithF4()
{
    openClaim();
    press(Qt::Key_F5);
    tabTo(QStringLiteral("dunning_codeEdit"));
    // The list: "ingen kravkod", then the codes 1–7 of the ledger; two down is 2 Anstånd.
    onNextModal([](QWidget *dialog) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                        Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                        Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog,
                        Qt::Key_Return);
    });
    press(Qt::Key_F4);
    QCOMPARE(form()->field(QStringLiteral("dunning_code"))->text(), QStringLiteral("2"));
    QCOMPARE(child<QLabel>("codeText")->text(), QStringLiteral("Anstånd"));
    press(Qt::Key_Return);
    QVERIFY(!m_screen->inChangeMode());
    QCOMPARE(InvoiceRepository(*m_ledger->db).require(kCompany, kClaim).dunningCode, 2);
    QVERIFY(text("dunningCode").startsWith(QStringLiteral("2 Anstånd")));
}

void TestClaimScreen::showClaimFromSearch()
{
    openScreen();
    // What Sök faktura does (ScreenContext): invokeMethod on the opened screen.
    QVERIFY(QMetaObject::invokeMethod(m_screen.get(), "showClaim", Q_ARG(QString, "1"),
                                      Q_ARG(QString, kClaim)));
    QVERIFY(m_screen->shownClaim());
    QCOMPARE(child<QLineEdit>("companyEdit")->text(), kCompany);
}

void TestClaimScreen::invoiceCopyByF16()
{
    openClaim();
    std::optional<InvoiceCopy> printed;
    m_screen->setCopyOutput([&printed](const InvoiceCopyDocument &d) { printed = d.copy(); });
    // handbook 6.2: a new handler, no KOPIA, dated with the original date.
    onNextModal([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("invoiceCopyDialog"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Bo Berg 0123-99"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("markCopyCheck"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // off
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space); // original date on
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    press(Qt::Key_F16);
    QVERIFY(printed);
    QCOMPARE(printed->invoiceNumber, kClaim);
    QCOMPARE(printed->handler, QStringLiteral("Bo Berg 0123-99"));
    QVERIFY(!printed->markCopy);
    QCOMPARE(printed->invoiceDate, QDate(2026, 1, 1));
    QCOMPARE(printed->lines.size(), 2);
    QCOMPARE(printed->balance.ore(), 1000000);
    // Esc leaves the dialog: nothing printed.
    printed.reset();
    answerNextQuestion(Qt::Key_Escape);
    press(Qt::Key_F16);
    QVERIFY(!printed);
}

void TestClaimScreen::screenshots()
{
    openClaim();
    // A claim with some history: a reminder date, a part payment, a note.
    m_ledger->db->run(QStringLiteral("UPDATE invoice SET reminder1_date = '2026-02-10', "
                                     "reminder_fee_undebited_ore = 6000, watch_text = "
                                     "'Bestrider delvis' WHERE invoice_number = ?"),
                      {kClaim});
    PostingRequest r;
    r.company = kCompany;
    r.invoiceNumber = kClaim;
    r.method = QStringLiteral("B");
    r.amount = Money::fromKronor(2500);
    r.transactionDate = QDate(2026, 3, 1);
    r.remark = QStringLiteral("Delbetalning");
    PostingService(*m_ledger->db).post(r);
    m_screen->showClaim(kCompany, kClaim);
    saveShot(QStringLiteral("claim-fakturauppgifter.png"));
    press(Qt::Key_F15);
    saveShot(QStringLiteral("claim-kravuppgifter.png"));
    press(Qt::Key_F13);
    saveShot(QStringLiteral("claim-transaktioner.png"));
    press(Qt::Key_F17);
    type(QStringLiteral("Kunden ringde om delbetalningen"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("claim-anteckningar.png"));
    onNextModal([](QWidget *dialog) {
        const QByteArray dir = qgetenv("RESKONTRA_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            dialog->grab().save(QDir(QString::fromLocal8Bit(dir)).filePath(
                QStringLiteral("claim-fakturakopia.png")));
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    press(Qt::Key_F16);
    press(Qt::Key_F5);
    tabTo(QStringLiteral("due_dateEdit"));
    type(QStringLiteral("251231"));
    press(Qt::Key_Return);
    saveShot(QStringLiteral("claim-andringslage.png"));
}

QTEST_MAIN(TestClaimScreen)
#include "tst_claimscreen.moc"
