package shopdesk.client.gui;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs window tests only with a display; with -Dgui.required=true a missing display is a failure. */
public final class DisplayCondition implements ExecutionCondition {
    static final String HOW = "run them under Xvfb: xvfb-run -a -s \"-screen 0 1280x1024x24 -r\" mvn verify -Dgui.required=true";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!GraphicsEnvironment.isHeadless()) return ConditionEvaluationResult.enabled("display " + System.getenv("DISPLAY"));
        if (Boolean.getBoolean("gui.required")) {
            throw new IllegalStateException("gui.required=true but there is no usable display (DISPLAY="
                    + System.getenv("DISPLAY") + "); " + HOW);
        }
        return ConditionEvaluationResult.disabled("No display: window tests skipped; " + HOW);
    }
}
