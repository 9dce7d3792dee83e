#include "ops/JsonScanner.h"

#include <array>
#include <charconv>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace {

// Far below Qt's limit (1024 levels): a page is 4 deep; deeper documents are Qt's to judge.
constexpr int MaxDepth = 200;

// Bytes a string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> plainTable()
{
    std::array<bool, 256> t {};
    for (int c = 0x20; c < 0x80; ++c)
        t[size_t(c)] = c != '"' && c != '\\';
    return t;
}
constexpr std::array<bool, 256> Plain = plainTable();

bool isDigit(char c)
{
    return static_cast<unsigned char>(c - '0') < 10;
}

bool isContinuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// Past the plain bytes from p: sixteen at a time (a page's strings are most of its bytes, and most
// are shorter than that), then one at a time near the end.
inline const char *plainRun(const char *p, const char *end)
{
#ifdef __SSE2__
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        // Signed: a non-ASCII byte is negative, so "below 0x20" catches it with the control ones.
        const __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                             _mm_cmplt_epi8(x, space));
        if (const int mask = _mm_movemask_epi8(special))
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && Plain[static_cast<unsigned char>(*p)])
        ++p;
    return p;
}

} // namespace

JsonScanner::JsonScanner(QByteArrayView json)
    : m_p(json.data())
    , m_end(json.data() + json.size())
{ }

void JsonScanner::fail()
{
    m_failed = true;
    m_p = m_end; // every later call ends at once
}

bool JsonScanner::enter()
{
    if (++m_depth > MaxDepth) {
        fail();
        return false;
    }
    ++m_p;
    m_first = true;
    return true;
}

void JsonScanner::leave()
{
    ++m_p;
    --m_depth;
    m_first = false; // the enclosing container now has this one as a member or element
}

void JsonScanner::skipSpaceSlow()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

bool JsonScanner::beginDocument()
{
    skipSpace(); // a BOM is not skipped: Qt's to judge
    if (!atObject()) {
        fail();
        return false;
    }
    enterObject();
    return !m_failed;
}

bool JsonScanner::endDocument()
{
    skipSpace();
    return !m_failed && m_depth == 0 && m_p == m_end;
}

bool JsonScanner::nextItem(char close)
{
    // The next member or element of the open container: past its comma, or false at its end.
    skipSpace();
    if (m_p == m_end) {
        fail();
        return false;
    }
    if (*m_p == close) {
        leave();
        return false;
    }
    if (!m_first) {
        if (*m_p != ',') {
            fail();
            return false;
        }
        ++m_p;
        skipSpace();
    }
    m_first = false;
    return true;
}

bool JsonScanner::nextMember(QByteArrayView *key)
{
    if (!nextItem('}'))
        return false;
    bool escaped = false;
    bool ascii = true;
    if (m_p == m_end || *m_p != '"' || !scanString(key, &escaped, &ascii) || escaped) {
        fail(); // an escaped key may spell a wanted one: Qt decodes it
        return false;
    }
    skipSpace();
    if (m_p == m_end || *m_p != ':') {
        fail();
        return false;
    }
    ++m_p;
    skipSpace();
    return true;
}

bool JsonScanner::nextElement()
{
    return nextItem(']');
}

bool JsonScanner::scanUtf8()
{
    // Well-formed UTF-8 (Unicode table 3-7), as Qt demands: no overlong form, no surrogate,
    // nothing past U+10FFFF. A BOM inside a string is left to Qt (QString::fromUtf8 drops one).
    const auto *u = reinterpret_cast<const unsigned char *>(m_p);
    const qsizetype left = m_end - m_p;
    const unsigned char c = u[0];
    qsizetype n = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        lo = c == 0xE0 ? 0xA0 : 0x80;
        hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        lo = c == 0xF0 ? 0x90 : 0x80;
        hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
        return false;
    }
    if (left < n || u[1] < lo || u[1] > hi)
        return false;
    for (qsizetype i = 2; i < n; ++i) {
        if (!isContinuation(u[i]))
            return false;
    }
    if (c == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return false;
    m_p += n;
    return true;
}

bool JsonScanner::scanString(QByteArrayView *raw, bool *escaped, bool *ascii)
{
    const char *const start = ++m_p; // past the opening quote
    m_p = plainRun(m_p, m_end);
    if (m_p < m_end && *m_p == '"') { // the common case: nothing to check but the bytes' class
        *raw = QByteArrayView(start, m_p - start);
        ++m_p;
        return true;
    }
    return scanStringRest(start, raw, escaped, ascii);
}

bool JsonScanner::scanStringRest(const char *start, QByteArrayView *raw, bool *escaped, bool *ascii)
{
    while (true) {
        m_p = plainRun(m_p, m_end);
        if (m_p == m_end)
            return false;
        const char c = *m_p;
        if (c == '"')
            break;
        if (c == '\\') {
            if (m_end - m_p < 2)
                return false;
            switch (m_p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            default:
                return false; // \u (surrogates, U+0000) and Qt's tolerated unknown escapes
            }
            *escaped = true;
            m_p += 2;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            if (!scanUtf8())
                return false;
            *ascii = false;
        } else {
            return false; // a raw control character: Qt takes some, the fallback knows which
        }
    }
    *raw = QByteArrayView(start, m_p - start);
    ++m_p;
    return true;
}

bool JsonScanner::scanNumber(double *value)
{
    // RFC 8259's grammar exactly (Qt also takes "1." and the like: those go to Qt), with at most
    // 100 digits and an exponent of at most 200, so the value is far from overflow and underflow,
    // which Qt rejects.
    const char *const start = m_p;
    if (*m_p == '-')
        ++m_p;
    const char *const digits = m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    } else {
        return false;
    }
    qsizetype mantissa = m_p - digits;
    bool integral = true;
    if (m_p < m_end && *m_p == '.') {
        integral = false;
        const char *const fraction = ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        if (m_p == fraction)
            return false;
        mantissa += m_p - fraction;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        integral = false;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        const char *const exponent = m_p;
        int e = 0;
        while (m_p < m_end && isDigit(*m_p) && e <= 200)
            e = e * 10 + (*m_p++ - '0');
        if (m_p == exponent || e > 200)
            return false;
    }
    if (mantissa > 100)
        return false;
    if (!value)
        return true;
    if (integral && mantissa <= 15) {
        // Exact in a double, as Qt's qint64 then toDouble() is.
        qint64 n = 0;
        for (const char *d = digits; d < m_p; ++d)
            n = n * 10 + (*d - '0');
        *value = double(*start == '-' ? -n : n);
        return true;
    }
    // Correctly rounded and locale-free, as Qt's conversion is.
    const auto [end, error] = std::from_chars(start, m_p, *value);
    return error == std::errc() && end == m_p;
}

bool JsonScanner::scanLiteral(const char *word, qsizetype size)
{
    if (m_end - m_p < size || QByteArrayView(m_p, size) != QByteArrayView(word, size))
        return false;
    m_p += size;
    return true;
}

ScannedValue JsonScanner::scalar()
{
    skipSpace();
    if (m_p == m_end) {
        fail();
        return {};
    }
    switch (*m_p) {
    case '"': {
        QByteArrayView raw;
        bool escaped = false;
        bool ascii = true;
        if (scanString(&raw, &escaped, &ascii))
            return ScannedValue::string(raw, escaped, ascii);
        break;
    }
    case 't':
        if (scanLiteral("true", 4))
            return ScannedValue::boolean(true);
        break;
    case 'f':
        if (scanLiteral("false", 5))
            return ScannedValue::boolean(false);
        break;
    case 'n':
        if (scanLiteral("null", 4))
            return ScannedValue::null();
        break;
    case '{':
    case '[':
        skip();
        return ScannedValue::container();
    default:
        if (*m_p == '-' || isDigit(*m_p)) {
            double d = 0;
            if (scanNumber(&d))
                return ScannedValue::number(d);
        }
        break;
    }
    fail();
    return {};
}

void JsonScanner::skip()
{
    skipSpace();
    if (m_p == m_end) {
        fail();
        return;
    }
    const char c = *m_p;
    if (c == '{') {
        enterObject();
        QByteArrayView key;
        while (nextMember(&key))
            skip();
    } else if (c == '[') {
        enterArray();
        while (nextElement())
            skip();
    } else if (c == '"') {
        QByteArrayView raw;
        bool escaped = false;
        bool ascii = true;
        if (!scanString(&raw, &escaped, &ascii))
            fail();
    } else if (c == '-' || isDigit(c)) {
        if (!scanNumber(nullptr))
            fail();
    } else {
        (void)scalar(); // a literal, or the failure
    }
}
