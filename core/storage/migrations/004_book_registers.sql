-- 004: the booking run (handbook 4.6) also books unplaced payments and overpayments, so bank and books reconcile; stamped like ledger_transaction so nothing is booked twice.
ALTER TABLE unplaced_payment ADD COLUMN booked_date {{DATE}}
;;
ALTER TABLE unplaced_payment ADD COLUMN booking_order_id BIGINT REFERENCES booking_order(id)
;;
ALTER TABLE overpayment ADD COLUMN booked_date {{DATE}}
;;
ALTER TABLE overpayment ADD COLUMN booking_order_id BIGINT REFERENCES booking_order(id)
