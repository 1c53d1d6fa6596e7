-- 017: the Saldolista sorted by name (handbook 6.4 "Sortering: namn") lists
-- company by company and routine by routine. Its first pass (the count, the
-- subtotals and the order of the rows) read every claim and sorted them: on a
-- 1 M-claim ledger 2.5 s of CPU before the first screen row (budget 1 s,
-- ARCHITECTURE.md). This index is in that order and covers the first pass's
-- columns, so the pass is one index scan (0.6 s CPU, bench_saldolista).
CREATE INDEX invoice_by_routine_name
    ON invoice (company, routine, name_key, invoice_number, amount_ore, balance_ore, paid_ore)
