#pragma once

#include <QSpinBox>

// "Older than N days" beside the state filters: a spin box whose 0 says "Any age", with the
// cutoff's date in its tooltip. Esc sets it back to any age. It only chooses; FilterBar applies.
class AgeFilter : public QSpinBox
{
    Q_OBJECT

public:
    static constexpr int MaxDays = 9999;

    explicit AgeFilter(QWidget *parent = nullptr);

    // The moment a task must have been created before, counted from `nowMs`; 0 when off.
    qint64 cutoffMs(qint64 nowMs) const;

    void retranslate(); // the texts that follow the language, the value and the date (its tooltip)

protected:
    void changeEvent(QEvent *event) override;
};
