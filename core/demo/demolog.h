#pragma once

#include <QLoggingCategory>

namespace rsk {

// The demo generator's phase timings: "reskontra.demo.info=true" (and
// ".debug=true" for each index rebuilt) in QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

} // namespace rsk
