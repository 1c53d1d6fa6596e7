// The command registry (UI.md "Keys"): legend text, the F13–F24 = Shift+F1…F12
// rule, remapping, and conflict detection.
#include "commands/commandregistry.h"
#include "commands/functionkeys.h"
#include "widgets/keylegend.h"

#include <QAction>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace rsk::ui;

class TestCommandRegistry : public QObject
{
    Q_OBJECT

private slots:
    void shortcutsForFunctionKeys_data();
    void shortcutsForFunctionKeys();
    void keyDisplayName_data();
    void keyDisplayName();
    void legendListsContextCommandsInFunctionKeyOrder();
    void legendWidgetFollowsRegistry();
    void remappedKeyReachesBoundActions();
    void redeclaringKeepsRemappedKey();
    void conflicts_data();
    void conflicts();
    void boundActionIsFoundByOwner();
};

void TestCommandRegistry::shortcutsForFunctionKeys_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<QList<QKeySequence>>("expected");

    const auto shift = [](Qt::Key k) {
        return QKeySequence(QKeyCombination(Qt::ShiftModifier, k));
    };
    QTest::newRow("F3 has no alias") << QKeySequence(Qt::Key_F3)
                                     << QList<QKeySequence>{QKeySequence(Qt::Key_F3)};
    QTest::newRow("F12 has no alias") << QKeySequence(Qt::Key_F12)
                                      << QList<QKeySequence>{QKeySequence(Qt::Key_F12)};
    QTest::newRow("F13 is Shift+F1") << QKeySequence(Qt::Key_F13)
                                     << QList<QKeySequence>{QKeySequence(Qt::Key_F13),
                                                            shift(Qt::Key_F1)};
    QTest::newRow("F15 is Shift+F3") << QKeySequence(Qt::Key_F15)
                                     << QList<QKeySequence>{QKeySequence(Qt::Key_F15),
                                                            shift(Qt::Key_F3)};
    QTest::newRow("F24 is Shift+F12") << QKeySequence(Qt::Key_F24)
                                      << QList<QKeySequence>{QKeySequence(Qt::Key_F24),
                                                             shift(Qt::Key_F12)};
    QTest::newRow("Ctrl+D unchanged") << QKeySequence(Qt::CTRL | Qt::Key_D)
                                      << QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_D)};
    QTest::newRow("empty key, no shortcut") << QKeySequence() << QList<QKeySequence>{};
}

void TestCommandRegistry::shortcutsForFunctionKeys()
{
    QFETCH(QKeySequence, key);
    QFETCH(QList<QKeySequence>, expected);
    QCOMPARE(shortcutsFor(key), expected);
}

void TestCommandRegistry::keyDisplayName_data()
{
    QTest::addColumn<QKeySequence>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("F3") << QKeySequence(Qt::Key_F3) << QStringLiteral("F3");
    QTest::newRow("F24") << QKeySequence(Qt::Key_F24) << QStringLiteral("F24");
    QTest::newRow("Enter") << QKeySequence(Qt::Key_Return) << QStringLiteral("Enter");
    QTest::newRow("Ctrl+D") << QKeySequence(Qt::CTRL | Qt::Key_D) << QStringLiteral("Ctrl+D");
    QTest::newRow("Ctrl+Shift+S, Swedish") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)
                                           << QStringLiteral("Ctrl+Skift+S");
    QTest::newRow("Shift+F3") << QKeySequence(Qt::SHIFT | Qt::Key_F3)
                              << QStringLiteral("Skift+F3");
}

void TestCommandRegistry::keyDisplayName()
{
    QFETCH(QKeySequence, key);
    QFETCH(QString, expected);
    QCOMPARE(rsk::ui::keyDisplayName(key), expected);
}

void TestCommandRegistry::legendListsContextCommandsInFunctionKeyOrder()
{
    CommandRegistry registry;
    registry.declare({"claim.interest", "invoices.search", QKeySequence(Qt::Key_F15), "Ränta"});
    registry.declare({"claim.dup", "invoices.search", QKeySequence(Qt::CTRL | Qt::Key_D), "Dupp"});
    registry.declare({"claim.edit", "invoices.search", QKeySequence(Qt::Key_F5), "Ändra"});
    registry.declare({"screen.back", kAllScreensContext, QKeySequence(Qt::Key_F3), "Bakåt"});
    registry.declare({"other.delete", "payments.manual", QKeySequence(Qt::Key_F6), "Borttag"});
    registry.declare({"claim.nokey", "invoices.search", QKeySequence(), "Utan tangent"});

    QCOMPARE(registry.legendText({kAllScreensContext, "invoices.search"}),
             QStringLiteral("F3=Bakåt  F5=Ändra  F15=Ränta  Ctrl+D=Dupp"));
    QCOMPARE(registry.legendText({"payments.manual"}), QStringLiteral("F6=Borttag"));
    QCOMPARE(registry.legendText({"nothing.here"}), QString());
}

void TestCommandRegistry::legendWidgetFollowsRegistry()
{
    CommandRegistry registry;
    QWidget owner;
    registry.declare({"a.back", "a", QKeySequence(Qt::Key_F3), "Bakåt"});
    KeyLegend legend(registry, {"a"}, &owner);
    QCOMPARE(legend.text(), QStringLiteral("F3=Bakåt"));

    registry.declare({"a.edit", "a", QKeySequence(Qt::Key_F5), "Ändra"});
    QCOMPARE(legend.text(), QStringLiteral("F3=Bakåt  F5=Ändra"));
    auto *label = legend.findChild<QLabel *>(QStringLiteral("keyLegendLabel"));
    QVERIFY(label);
    QVERIFY(label->text().contains(QStringLiteral("F5</a>=")));

    // Clicking a key in the legend runs the owner's command.
    int edits = 0;
    connect(registry.bind("a.edit", &owner), &QAction::triggered, [&edits] { ++edits; });
    emit label->linkActivated(QStringLiteral("command:a.edit"));
    QCOMPARE(edits, 1);
}

void TestCommandRegistry::remappedKeyReachesBoundActions()
{
    CommandRegistry registry;
    QWidget owner;
    QSignalSpy changed(&registry, &CommandRegistry::changed);
    QAction *action = registry.add({"a.print", "a", QKeySequence(Qt::Key_F16), "Skriv ut"}, &owner);
    QCOMPARE(action->shortcuts(),
             (QList<QKeySequence>{QKeySequence(Qt::Key_F16),
                                  QKeySequence(Qt::SHIFT | Qt::Key_F4)}));
    QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
    QVERIFY(owner.actions().contains(action));

    registry.setKey("a.print", QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(action->shortcuts(), QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_P)});
    QCOMPARE(registry.key("a.print"), QKeySequence(Qt::CTRL | Qt::Key_P));
    QCOMPARE(registry.command("a.print").defaultKey, QKeySequence(Qt::Key_F16));
    QCOMPARE(registry.legendText({"a"}), QStringLiteral("Ctrl+P=Skriv ut"));
    QCOMPARE(changed.count(), 2);
}

void TestCommandRegistry::redeclaringKeepsRemappedKey()
{
    CommandRegistry registry;
    registry.declare({"a.x", "a", QKeySequence(Qt::Key_F7), "Ångra"});
    registry.declare({"a.x", "a", QKeySequence(Qt::Key_F8), "Ångra"});
    QCOMPARE(registry.key("a.x"), QKeySequence(Qt::Key_F8)); // not remapped: follows the default
    registry.setKey("a.x", QKeySequence(Qt::Key_F9));
    registry.declare({"a.x", "a", QKeySequence(Qt::Key_F7), "Ångra"});
    QCOMPARE(registry.key("a.x"), QKeySequence(Qt::Key_F9));
    QCOMPARE(registry.commands().size(), 1);
}

void TestCommandRegistry::conflicts_data()
{
    QTest::addColumn<QString>("contextA");
    QTest::addColumn<QString>("contextB");
    QTest::addColumn<bool>("conflict");
    QTest::newRow("same screen") << "invoices.search" << "invoices.search" << true;
    QTest::newRow("two screens, never visible together") << "invoices.search"
                                                        << "payments.manual" << false;
    QTest::newRow("global and a screen") << QString(kGlobalContext) << "invoices.search" << true;
    QTest::newRow("every screen and a screen") << QString(kAllScreensContext)
                                               << "invoices.search" << true;
}

void TestCommandRegistry::conflicts()
{
    QFETCH(QString, contextA);
    QFETCH(QString, contextB);
    QFETCH(bool, conflict);
    CommandRegistry registry;
    registry.declare({"one", contextA, QKeySequence(Qt::Key_F6), "Ett"});
    if (conflict)
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression("key conflict"));
    registry.declare({"two", contextB, QKeySequence(Qt::Key_F6), "Två"});
    QCOMPARE(registry.conflicts().size(), conflict ? 1 : 0);
}

void TestCommandRegistry::boundActionIsFoundByOwner()
{
    CommandRegistry registry;
    QWidget first;
    QWidget second;
    registry.declare({"screen.back", kAllScreensContext, QKeySequence(Qt::Key_F3), "Bakåt"});
    QAction *a = registry.bind("screen.back", &first);
    QAction *b = registry.bind("screen.back", &second);
    QCOMPARE(CommandRegistry::boundAction("screen.back", &first), a);
    QCOMPARE(CommandRegistry::boundAction("screen.back", &second), b);
    QCOMPARE(CommandRegistry::boundAction("nothing", &first), nullptr);
}

QTEST_MAIN(TestCommandRegistry)
#include "tst_commandregistry.moc"
