#pragma once

#include "model/SmsError.h"

#include <QCoreApplication>
#include <QString>

// What a code means, in the current language. Codes whose meaning the references mark as
// unconfirmed say so ("assumed").
class ErrorCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ErrorCatalog)

public:
    static QString explain(const SmsError &e);
    static bool isAssumed(const QString &code);
};
