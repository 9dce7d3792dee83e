#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>

// One JSON value as JsonScanner found it, not yet decoded: a string is a view of its bytes in the
// document, so a field read and then overwritten by a later duplicate costs nothing. Decoded only
// when the page asks, to exactly what QJsonDocument would have held.
class ScannedValue
{
public:
    enum class Kind { Missing, Null, Bool, Number, String, Container };

    ScannedValue() = default;
    static ScannedValue null() { return ScannedValue(Kind::Null); }
    static ScannedValue container() { return ScannedValue(Kind::Container); }
    static ScannedValue boolean(bool b);
    static ScannedValue number(double d);
    // raw: the bytes between the quotes, already checked (valid UTF-8, simple escapes only).
    static ScannedValue string(QByteArrayView raw, bool escaped, bool ascii);

    Kind kind() const { return m_kind; }
    // JsonRead::text of the value Qt would have parsed, without building a QJsonValue for strings.
    QString text() const;
    // The value as Qt would have parsed it, for JsonRead::integer / boolean and Task::epochMs. A
    // container reads as nothing there, as does null: both are Null here.
    QJsonValue json() const;

private:
    explicit ScannedValue(Kind kind)
        : m_kind(kind)
    { }
    QString decoded() const;

    Kind m_kind = Kind::Missing;
    bool m_bool = false;
    bool m_escaped = false;
    bool m_ascii = true;
    double m_number = 0;
    QByteArrayView m_raw;
};
