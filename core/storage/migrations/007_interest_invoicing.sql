-- 007: interest invoicing and the transfer of unbilled interest and fees to
-- the next invoice (handbook 7.13, 7.15). A claim whose interest invoice is
-- made is stamped in interest_invoice_number/_ore/_date (001); a claim whose
-- interest and printed fees went to the next invoice of its routine is
-- stamped with the transfer's date here, so that nothing is transferred
-- twice and the 7.14 list and the interest invoicing leave it alone.
ALTER TABLE invoice ADD COLUMN next_invoice_transfer_date {{DATE}}
