#pragma once

#include "ops/ScannedValue.h"

#include <QByteArrayView>

// A pull scanner over one JSON document, for the page parse: it checks the grammar as it goes and
// decodes only what it is asked for, so the fields a page does not use cost a skip, not a DOM.
// It accepts a strict subset of what QJsonDocument accepts and reads it to the same values; outside
// it (a \u or unknown escape, a BOM, a control character in a string, a number near the limits of
// a double, deep nesting, anything invalid) it gives up, failed() turns true and the caller asks Qt.
class JsonScanner
{
public:
    explicit JsonScanner(QByteArrayView json);

    bool failed() const { return m_failed; }

    // Whitespace, then the top-level object, entered.
    bool beginDocument();
    // Nothing but whitespace after the top-level object, and nothing failed on the way.
    bool endDocument();

    bool atObject()
    {
        skipSpace();
        return m_p < m_end && *m_p == '{';
    }
    bool atArray()
    {
        skipSpace();
        return m_p < m_end && *m_p == '[';
    }
    // Consumes the '{' / '[' the cursor is at (check atObject / atArray first).
    void enterObject() { enter(); }
    void enterArray() { enter(); }
    // The next member of the object entered last, the cursor at its value; false after its '}'.
    bool nextMember(QByteArrayView *key);
    // The next element of the array entered last, the cursor at it; false after its ']'.
    bool nextElement();

    // The value at the cursor (a container is skipped and reads as Container).
    ScannedValue scalar();
    // Past the value at the cursor, checking it.
    void skip();

private:
    void fail();
    bool enter();
    void leave();
    bool nextItem(char close);
    void skipSpace()
    {
        // Compact pages have none: one comparison for the common case.
        if (m_p<m_end &&static_cast<unsigned char>(*m_p)> ' ')
            return;
        skipSpaceSlow();
    }
    void skipSpaceSlow();
    bool scanString(QByteArrayView *raw, bool *escaped, bool *ascii);
    bool scanStringRest(const char *start, QByteArrayView *raw, bool *escaped, bool *ascii);
    bool scanUtf8();
    bool scanNumber(double *value);
    bool scanLiteral(const char *word, qsizetype size);

    const char *m_p;
    const char *m_end;
    int m_depth = 0;
    bool m_first = false; // the container entered last has no member or element yet
    bool m_failed = false;
};
