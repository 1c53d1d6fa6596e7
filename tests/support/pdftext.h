#pragma once

// What the document tests read back from a PDF (poppler-utils' pdftotext):
// the text as laid out, page by page, and the words that overlap or stand
// at the paper's edge. Tests QSKIP when pdftotext is not installed
// (havePdfToText()).

#include <QList>
#include <QPair>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace rsk::test {

inline bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

inline QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2")
            .arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext -layout, trailing blanks removed, each page headed
// "----- sida N -----".
inline QString pdfText(const QString &pdf)
{
    QStringList pages =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    QString text;
    for (int n = 0; n < pages.size(); ++n) {
        QStringList lines = pages.at(n).split(QLatin1Char('\n'));
        for (QString &l : lines)
            while (l.endsWith(QLatin1Char(' ')))
                l.chop(1);
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        text += QStringLiteral("----- sida %1 -----\n%2\n")
                    .arg(n + 1)
                    .arg(lines.join(QLatin1Char('\n')));
    }
    return text;
}

// Words (pdftotext -bbox) overlapping another, or off an A4 portrait
// page's 3 mm edge.
inline QStringList pdfOverlaps(const QString &pdf)
{
    const QString html =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression wordRe(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" )re"
                       R"re(yMax="([\d.]+)">([^<]*)</word>)re"));
    const QRectF inside = QRectF(0, 0, 595.28, 841.89).adjusted(8.5, 8.5, -8.5, -8.5);
    QStringList problems;
    const QStringList pages = html.split(QStringLiteral("</page>"));
    for (int p = 0; p < pages.size(); ++p) {
        QList<QPair<QRectF, QString>> words;
        for (auto it = wordRe.globalMatch(pages.at(p)); it.hasNext();) {
            const auto m = it.next();
            const QRectF box(QPointF(m.captured(1).toDouble(), m.captured(2).toDouble()),
                             QPointF(m.captured(3).toDouble(), m.captured(4).toDouble()));
            if (!inside.contains(box))
                problems << QStringLiteral("page %1: '%2' at the edge")
                                .arg(p + 1)
                                .arg(m.captured(5));
            const QRectF core = box.adjusted(0.5, 0.5, -0.5, -0.5);
            for (const auto &w : std::as_const(words))
                if (w.first.intersects(core))
                    problems << QStringLiteral("page %1: '%2' overlaps '%3'")
                                    .arg(p + 1)
                                    .arg(m.captured(5), w.second);
            words << qMakePair(box, m.captured(5));
        }
    }
    return problems;
}

} // namespace rsk::test
