#pragma once

#include <QMenu>

class QActionGroup;

// View > Language: each language named in itself (so it can be found whatever the current one),
// switched at runtime and remembered for the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose(const QString &language);

    QActionGroup *m_group;
};
