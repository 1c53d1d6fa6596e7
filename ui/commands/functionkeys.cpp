#include "commands/functionkeys.h"

#include <QCoreApplication>

namespace rsk::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rsk::ui::Keys)
};

int functionKeyNumber(Qt::Key key)
{
    if (key >= Qt::Key_F1 && key <= Qt::Key_F24)
        return key - Qt::Key_F1 + 1;
    return 0;
}

QString baseKeyName(Qt::Key key)
{
    if (const int f = functionKeyNumber(key))
        return QStringLiteral("F%1").arg(f);
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return QStringLiteral("Enter");
    case Qt::Key_Escape:
        return QStringLiteral("Esc");
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return QStringLiteral("Tab");
    case Qt::Key_PageUp:
        return QStringLiteral("PageUp");
    case Qt::Key_PageDown:
        return QStringLiteral("PageDown");
    case Qt::Key_Delete:
        return QStringLiteral("Delete");
    default:
        return QKeySequence(key).toString(QKeySequence::PortableText);
    }
}

} // namespace

QList<QKeySequence> shortcutsFor(const QKeySequence &key)
{
    if (key.isEmpty())
        return {};
    QList<QKeySequence> result{key};
    const QKeyCombination combo = key[0];
    const int f = functionKeyNumber(combo.key());
    if (key.count() == 1 && f >= 13 && combo.keyboardModifiers() == Qt::NoModifier) {
        const auto shifted = Qt::Key(Qt::Key_F1 + f - 13);
        result.append(QKeySequence(QKeyCombination(Qt::ShiftModifier, shifted)));
    }
    return result;
}

QString keyDisplayName(const QKeySequence &key)
{
    if (key.isEmpty())
        return {};
    QStringList parts;
    for (int i = 0; i < key.count(); ++i) {
        const QKeyCombination combo = key[i];
        const Qt::KeyboardModifiers mods = combo.keyboardModifiers();
        QStringList names;
        if (mods & Qt::ControlModifier)
            names << QStringLiteral("Ctrl");
        if (mods & Qt::AltModifier)
            names << QStringLiteral("Alt");
        if (mods & Qt::ShiftModifier)
            names << Tr::tr("Skift");
        names << baseKeyName(combo.key());
        parts << names.join(QLatin1Char('+'));
    }
    return parts.join(QLatin1String(", "));
}

int legendRank(const QKeySequence &key)
{
    if (key.isEmpty())
        return 1000;
    const QKeyCombination combo = key[0];
    const int f = functionKeyNumber(combo.key());
    if (f && combo.keyboardModifiers() == Qt::NoModifier)
        return f;
    return 100;
}

} // namespace rsk::ui
