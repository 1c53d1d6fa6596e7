#pragma once

#include <QString>

namespace rsk {

// Passwords are kept only as libsodium crypto_pwhash strings: argon2id with
// a random salt, OPSLIMIT/MEMLIMIT_INTERACTIVE ("$argon2id$v=19$m=65536,…").
// Never plain text, never a fast hash.
namespace passwordhash {

// The hash string to store. Throws LedgerError(Storage) if libsodium cannot
// start or runs out of memory.
QString hash(const QString &password);
// True when `password` matches the stored `hash` (false for an empty or
// malformed hash).
bool verify(const QString &hash, const QString &password);

} // namespace passwordhash

} // namespace rsk
