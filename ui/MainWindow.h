#pragma once

#include <QMainWindow>

namespace rapport::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace rapport::ui
