#include "csvexport.h"

#include "storage/ledgererror.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rsk {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
};

constexpr int kBlock = 64 * 1024;

// Exact öre -> "1234,50" / "-0,05" straight into the byte buffer (a 1 M-row
// export formats a million amounts; integer arithmetic, no double).
void appendMoney(QByteArray &out, qint64 ore)
{
    char buf[32];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = ore < 0;
    quint64 v = negative ? quint64(-(ore + 1)) + 1 : quint64(ore);
    *--p = char('0' + v % 10);
    v /= 10;
    *--p = char('0' + v % 10);
    v /= 10;
    *--p = ',';
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    out.append(p, int(end - p));
}

void appendDate(QByteArray &out, const QDate &d)
{
    if (!d.isValid())
        return;
    int y = d.year();
    const int m = d.month();
    const int day = d.day();
    if (y < 0 || y > 9999) {
        out.append(d.toString(Qt::ISODate).toLatin1());
        return;
    }
    const char buf[10] = {char('0' + y / 1000),
                          char('0' + y / 100 % 10),
                          char('0' + y / 10 % 10),
                          char('0' + y % 10),
                          '-',
                          char('0' + m / 10),
                          char('0' + m % 10),
                          '-',
                          char('0' + day / 10),
                          char('0' + day % 10)};
    out.append(buf, 10);
}

} // namespace

CsvExport::CsvExport(QIODevice *out) : CsvExport(out, Options()) {}

CsvExport::CsvExport(QIODevice *out, const Options &options) : m_out(out), m_options(options)
{
    m_buffer.reserve(kBlock + 4096);
}

CsvExport::~CsvExport() = default;

QString CsvExport::field(const QString &text)
{
    for (QChar c : text) {
        if (c == QLatin1Char(';') || c == QLatin1Char('"') || c == QLatin1Char('\n')
            || c == QLatin1Char('\r')) {
            QString quoted = text;
            quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
            return QLatin1Char('"') + quoted + QLatin1Char('"');
        }
    }
    return text;
}

QString CsvExport::cell(const QVariant &value, ReportColumn::Kind kind)
{
    if (value.isNull())
        return QString();
    QByteArray bytes;
    switch (kind) {
    case ReportColumn::Kind::Money:
        appendMoney(bytes, value.toLongLong());
        return QString::fromLatin1(bytes);
    case ReportColumn::Kind::Date:
        appendDate(bytes, value.toDate());
        return QString::fromLatin1(bytes);
    case ReportColumn::Kind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Text:
        break;
    }
    return field(value.toString());
}

void CsvExport::begin(const ReportLayout &layout)
{
    m_layout = layout;
    m_rows = 0;
    m_buffer.clear();
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    QStringList header;
    for (const ReportColumn &c : layout.columns)
        header << field(m_options.keyHeader ? c.key : c.title);
    appendLine(header);
}

void CsvExport::addRow(const ReportRow &row)
{
    const QList<ReportColumn> &columns = m_layout.columns;
    const bool sum = row.isSum();
    if (sum && !m_options.includeSums)
        return;
    for (int i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_buffer.append(';');
        if (sum && i == 0) {
            m_buffer.append(field(row.label).toUtf8());
            continue;
        }
        const ReportColumn::Kind kind = columns.at(i).kind;
        if (sum && !columns.at(i).isNumeric())
            continue;
        const QVariant &v = i < row.cells.size() ? row.cells.at(i) : QVariant();
        if (v.isNull())
            continue;
        switch (kind) {
        case ReportColumn::Kind::Money:
            appendMoney(m_buffer, v.toLongLong());
            break;
        case ReportColumn::Kind::Date:
            appendDate(m_buffer, v.toDate());
            break;
        case ReportColumn::Kind::Integer:
            m_buffer.append(QByteArray::number(v.toLongLong()));
            break;
        case ReportColumn::Kind::Text:
            m_buffer.append(field(v.toString()).toUtf8());
            break;
        }
    }
    m_buffer.append('\n');
    ++m_rows;
    flush(false);
}

void CsvExport::appendLine(const QStringList &fields)
{
    m_buffer.append(fields.join(QLatin1Char(';')).toUtf8());
    m_buffer.append('\n');
    flush(false);
}

void CsvExport::flush(bool force)
{
    if (m_buffer.isEmpty() || (!force && m_buffer.size() < kBlock))
        return;
    if (m_out->write(m_buffer) != m_buffer.size())
        throw LedgerError::refused(
            Tr::tr("Kunde inte skriva CSV-filen: %1").arg(m_out->errorString()));
    m_buffer.clear();
}

void CsvExport::finish()
{
    flush(true);
}

} // namespace rsk
