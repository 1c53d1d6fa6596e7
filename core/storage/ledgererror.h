#pragma once

#include <QString>

#include <stdexcept>

namespace rsk {

// Thrown by storage and services. The message is for the clerk (Swedish,
// says what and where); a thrown error inside a UnitOfWork rolls it back.
class LedgerError : public std::runtime_error
{
public:
    enum class Kind {
        Refused,  // a rule or validation said no (CLI exit 1)
        NotFound, // the thing asked for does not exist (CLI exit 1)
        Conflict, // someone else changed it first (CLI exit 1)
        Storage   // the database failed (CLI exit 1)
    };
    LedgerError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {}
    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

    static LedgerError refused(const QString &m) { return LedgerError(Kind::Refused, m); }
    static LedgerError notFound(const QString &m) { return LedgerError(Kind::NotFound, m); }
    static LedgerError conflict(const QString &m) { return LedgerError(Kind::Conflict, m); }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace rsk
