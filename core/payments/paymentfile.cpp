#include "payments/paymentfile.h"

namespace rsk {

int PaymentFile::paymentCount() const
{
    int n = 0;
    for (const PaymentSection &s : sections)
        n += s.payments.size();
    return n;
}

Money PaymentFile::total() const
{
    Money sum;
    for (const PaymentSection &s : sections)
        for (const IncomingPayment &p : s.payments)
            sum += p.amount;
    return sum;
}

QString FileError::format(const QString &fileName) const
{
    return QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason);
}

} // namespace rsk
