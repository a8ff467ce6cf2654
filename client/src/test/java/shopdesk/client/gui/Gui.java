package shopdesk.client.gui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that opens real windows: tagged {@code gui}, skipped with a message when there is no display, and
 * failed instead when {@code -Dgui.required=true} (CI), so CI can never silently skip it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("gui")
@ExtendWith(DisplayCondition.class)
public @interface Gui {
}
