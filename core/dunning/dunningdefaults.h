#pragma once

namespace rsk {

class Database;

// The dunning set-up a ledger starts with: default texts (DunningTexts::
// defaults), per-routine settings (DunningSettingsRegister::defaults) and
// kravparametrar (DunningParameters). Installed by LedgerSetup::initialize;
// a ledger created before migration 005 gets them on first use.
class DunningDefaults
{
public:
    explicit DunningDefaults(Database &db) : m_db(db) {}

    // Adds what is missing (never overwrites a clerk's text or setting) and
    // marks the ledger as set up. One unit of work.
    void install();
    // install() once, for an initialised ledger not yet marked; cheap after.
    void ensureInstalled();

private:
    Database &m_db;
};

} // namespace rsk
