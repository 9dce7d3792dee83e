// An error answer from SMS, APIGW, IAM or a proxy: SmsError::fromHttp(status, body, requestId),
// then every text the front ends show for it. Input: "STATUS\n" (optional) then the body bytes.
#include "FuzzCheck.h"

#include "model/SmsError.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype nl = input.indexOf('\n');
    bool ok = false;
    int status = nl >= 0 && nl <= 4 ? input.left(nl).toInt(&ok) : 0;
    if (!ok)
        status = 0;
    const QByteArray body = ok ? input.mid(nl + 1) : input;
    // Half the inputs without an X-Request-Id header, so the body's request_id is used.
    const QString requestId = (size % 2) ? QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0") : QString();

    const SmsError e = SmsError::fromHttp(status, body, requestId);
    FUZZ_CHECK(e.kind == SmsErrorKind::Http && e.httpStatus == status, "kind or status lost");
    FUZZ_CHECK(requestId.isEmpty() || e.requestId == requestId, "the header's request id was replaced");
    const QStringList codes = e.allCodes();
    FUZZ_CHECK(codes.size() == QSet<QString>(codes.begin(), codes.end()).size(), "allCodes has duplicates");
    const QString summary = e.summary();
    const QString detailed = e.detailedText();
    FUZZ_CHECK(!summary.isEmpty() && !detailed.isEmpty(), "an error without words");
    return 0;
}
