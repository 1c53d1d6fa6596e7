#pragma once

#include "dunning/dunningtexts.h"
#include "screens/screen.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace rsk {
class Database;
}

namespace rsk::ui {

// Texter påminnelser/inkassokrav/restkrav/hot (handbook 7.4–7.6, 7.9): the
// kind, number 1–9 and form type (F fakturablankett, D datapost) at the top,
// the text below in a fixed-pitch editor with a line at the kind's width, a
// "rad N av M, kolumn C av W" counter and over-long lines marked. Ctrl+S
// saves through DunningTexts, which refuses a text that does not fit
// (Enter is a new line in the text, and F10 is "next tab", UI.md).
class DunningTextsScreen : public Screen
{
    Q_OBJECT
public:
    static constexpr char kId[] = "system.texts";
    static constexpr char kSaveCommand[] = "dunningTexts.save";
    static constexpr char kUndoCommand[] = "dunningTexts.undo";

    explicit DunningTextsScreen(ScreenContext &context, QWidget *parent = nullptr);

    static void declareCommands(CommandRegistry &commands);

private:
    DunningTextKind currentKind() const;
    QChar currentFormType() const;
    int maxWidth() const;
    void selectionChanged();
    void load();
    void formTypeChanged();
    void textEdited();
    void updateCounter();
    void markLongLines();
    DunningText formText() const;
    void save();
    void undo();
    void setError(const QString &message);

    rsk::Database *m_ledger = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_number = nullptr;
    QComboBox *m_formType = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    int m_shownKind = -1;
    int m_shownNumber = -1;
    bool m_loading = false;
};

} // namespace rsk::ui
