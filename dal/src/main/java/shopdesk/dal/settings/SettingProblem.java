package shopdesk.dal.settings;

/**
 * Why a setting's value was refused: a message key the till's screens translate (with its arguments) and the same
 * message in English for logs and the service's ValidationException.
 */
public record SettingProblem(String key, String messageKey, String english, Object... args) {
}
