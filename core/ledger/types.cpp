#include "ledger/types.h"

namespace rsk {

QChar PaymentMethod::feeTypeCode(FeeType t)
{
    switch (t) {
    case FeeType::ReminderFee:
        return QLatin1Char('P');
    case FeeType::CollectionFee:
        return QLatin1Char('K');
    case FeeType::Interest:
        return QLatin1Char('D');
    case FeeType::None:
        break;
    }
    return QChar();
}

PaymentMethod::FeeType PaymentMethod::feeTypeFromCode(const QString &code)
{
    if (code == QLatin1String("P"))
        return FeeType::ReminderFee;
    if (code == QLatin1String("K"))
        return FeeType::CollectionFee;
    if (code == QLatin1String("D"))
        return FeeType::Interest;
    return FeeType::None;
}

} // namespace rsk
