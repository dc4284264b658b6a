package org.zhucun.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text fields: one line except text areas, trimmed, blank as null; control characters are InputGuard's. */
class InputBindingTest {

	@Test
	void aSingleLineFieldRefusesLineBreaks() {
		InputBinding.Text single = new InputBinding.Text(false);
		assertThatThrownBy(() -> single.setAsText("克井镇\n五龙口镇")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> single.setAsText("克井镇\r")).isInstanceOf(IllegalArgumentException.class);
		single.setAsText("  克井镇  ");
		assertThat(single.getValue()).isEqualTo("克井镇");
		single.setAsText("   ");
		assertThat(single.getValue()).isNull();
	}

	@Test
	void aTextAreaKeepsItsLinesAsLineFeeds() {
		InputBinding.Text area = new InputBinding.Text(true);
		area.setAsText("第一行\r\n第二行\r第三行");
		assertThat(area.getValue()).isEqualTo("第一行\n第二行\n第三行");
	}

	@Test
	void controlCharactersOtherThanTabsAndLineBreaksAreRefusedByTheGuard() {
		assertThat(InputGuard.hasControlCharacter("a\u0000b")).isTrue();
		assertThat(InputGuard.hasControlCharacter("a\u001b[31m")).isTrue();
		assertThat(InputGuard.hasControlCharacter("a\u007f")).isTrue();
		assertThat(InputGuard.hasControlCharacter("第一行\r\n\t第二行")).isFalse();
		assertThat(InputGuard.hasControlCharacter(null)).isFalse();
	}
}
