package com.modbench.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX themes the app offers; the user-agent stylesheet is global to the JVM. */
public enum Theme {
    LIGHT, DARK;

    public static void apply(Theme theme) {
        Application.setUserAgentStylesheet(theme == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
