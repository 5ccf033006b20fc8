#pragma once
// Tool names the canvas tool that left-button presses on the diagram use.

namespace sf::ui {

enum class Tool { Select, Model, OneToOne, OneToMany, ManyToMany };

} // namespace sf::ui
