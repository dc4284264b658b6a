package org.zhucun.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form's text field that is a text area, where line breaks are allowed; every other text field is a single
 * line and refuses them with a field message ({@link InputBinding}). Fields named as in
 * {@link InputBinding#MULTI_LINE_NAMES} are text areas without the mark.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLine {

}
