#include "users/passwordhash.h"

#include "storage/ledgererror.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

#include <mutex>

namespace rsk::passwordhash {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Users)
};

// sodium_init() once per process; it is safe to call again, but once is
// what the library asks for.
void initSodium()
{
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Lösenordsbiblioteket libsodium kunde inte startas."));
}

} // namespace

QString hash(const QString &password)
{
    initSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw LedgerError(LedgerError::Kind::Storage,
                          Tr::tr("Lösenordet kunde inte krypteras (för lite minne)."));
    return QString::fromLatin1(out);
}

bool verify(const QString &hash, const QString &password)
{
    initSodium();
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size()))
           == 0;
}

} // namespace rsk::passwordhash
