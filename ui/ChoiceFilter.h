#pragma once

#include <QComboBox>
#include <QIcon>
#include <QList>
#include <QStringList>

class QAction;
class QMenu;
class StickyMenu;

// A filter that takes several values at once. It looks and opens like a combo box (click, F4,
// Alt+Down), but its popup is a menu with a check box per value, "All" first and shortcuts for groups
// (e.g. every failed state); its one item says what is chosen. Nothing chosen means all.
class ChoiceFilter : public QComboBox
{
    Q_OBJECT

public:
    struct Choice
    {
        QString value;
        QString label;
        QIcon icon;
    };
    struct Group
    {
        QString label;
        QStringList values;
    };

    explicit ChoiceFilter(QWidget *parent = nullptr);

    // The values and groups in the current language; what was chosen stays chosen.
    void setChoices(const QList<Choice> &choices, const QList<Group> &groups = {});
    QStringList chosen() const { return m_chosen; }
    // Chooses exactly these (a value the list does not offer is added to it, shown raw).
    void setChosen(const QStringList &values);
    QStringList labels() const; // every choice's label, in the menu's order
    QMenu *choiceMenu() const;
    void showPopup() override; // the menu, opened without a nested event loop
    void hidePopup() override;

Q_SIGNALS:
    void chosenChanged(const QStringList &values);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuildMenu();
    void toggle(const QString &value, bool on);
    void toggleGroup(const Group &group);
    void applyChosen(QStringList values); // emits when they changed
    void syncChecks();
    void setSummary(const QString &text);
    QString labelOf(const QString &value) const;
    const Choice *choiceOf(const QString &value) const;
    bool addMissing(const QStringList &values); // true when the list grew

    StickyMenu *m_menu;
    QAction *m_all = nullptr;
    QList<Choice> m_choices;
    QList<Group> m_groups;
    QList<QAction *> m_choiceActions; // parallel to m_choices
    QList<QAction *> m_groupActions; // parallel to m_groups
    QStringList m_chosen;
};
