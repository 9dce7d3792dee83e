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
    // Why a transfer failed and with which host ("connection refused by sms.example.com:443"), in
    // the current language; empty when the service answered.
    static QString transportCause(const SmsError &e);
    static bool isAssumed(const QString &code);
};
