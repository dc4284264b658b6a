package org.zhucun.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhucun.attendance.SheetFixtures.W41;
import static org.zhucun.attendance.SheetFixtures.week;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.zhucun.attendance.domain.rule.WeekRuleSettings;
import org.zhucun.shared.excel.ExcelTexts;

/** The Excel file of a sheet: the file name, the columns, the rows, the totals and the sheet about it. */
class SheetExcelTest {

	private final SheetExcel excel = new SheetExcel(new ExcelTexts(SheetFixtures.messages()),
			new SheetTexts(SheetFixtures.messages()));

	private final List<CadreMonth> rows = List.of(
			SheetFixtures.month(1, "张三", true, List.of(week(W41, 5, 4, 5, 4), week(W41.next(), 3, 1, 5, 4)), 0, 0),
			SheetFixtures.month(2, "李四", false, List.of(week(W41, 1, 0, 5, 4), week(W41.next(), 1, 0, 5, 4)), 1, 1));

	@Test
	void aTeamSheetHasTheRowsOfThePageAndATotalsRow() throws IOException {
		SheetView sheet = new SheetView(false, 7L, 5L, "枣庙村", "城关镇", "区财政局", MonthPeriod.of(YearMonth.of(2026, 10)),
				LocalDate.of(2026, 11, 28), this.rows, WeekRuleSettings.DEFAULTS);

		assertThat(this.excel.fileName(sheet)).isEqualTo("驻村考勤月报表-枣庙村-2026-10.xlsx");
		List<List<String>> cells = read(sheet, 0);
		assertThat(cells.get(0)).containsExactly("驻村考勤月报表（2026年10月）　城关镇枣庙村　派出单位：区财政局");
		assertThat(cells.get(1)).containsExactly("统计期间：2026-09-28至2026-11-01（第40周至第44周）");
		assertThat(cells.get(2)).containsExactly("姓名", "职务", "在村天数", "住村晚数", "因公外出天数", "请假天数",
				"缺勤天数", "未填报天数", "达标周数", "考核周数", "抽查不符次数", "标记", "未达标周");
		assertThat(cells.get(3)).containsExactly("张三", "队长", "8",
				"5", "1", "2", "0", "1", "1", "2", "0", "", "第42周：在村3天（应5天）、住村1晚（应4晚）");
		assertThat(cells.get(4)).containsExactly("李四", "队员", "2",
				"0", "1", "2", "1", "1", "0", "2", "1", "挂名驻村；未在岗",
				"第41周：在村1天（应5天）、住村0晚（应4晚）；第42周：在村1天（应5天）、住村0晚（应4晚）");
		assertThat(cells.get(5)).containsExactly("合计", "", "10", "5",
				"2", "4", "1", "2", "1", "4", "1", "挂名驻村：1人；未在岗：1人");
		assertThat(cells).hasSize(6);

		List<List<String>> about = read(sheet, 1);
		assertThat(about.get(2)).containsExactly("标题", "城关镇枣庙村　派出单位：区财政局");
		assertThat(about.get(3)).containsExactly("月份", "2026-10");
		assertThat(about.get(6).get(1)).startsWith("每个自然周（周一至周日）在村5天、住村4晚；").endsWith("。因公外出计为在村。");
		assertThat(about.get(7)).containsExactly("挂名驻村", "挂名驻村：本月在村天数不足应在村天数的一半。");
	}

	@Test
	void aUnitSheetNamesTheTownAndVillageOfEachRow() throws IOException {
		SheetView sheet = new SheetView(true, null, 5L, null, null, "区财政局", MonthPeriod.of(YearMonth.of(2026, 10)),
				LocalDate.of(2026, 11, 28), this.rows, WeekRuleSettings.DEFAULTS);

		assertThat(this.excel.fileName(sheet)).isEqualTo("驻村考勤月报表-区财政局-2026-10.xlsx");
		List<List<String>> cells = read(sheet, 0);
		assertThat(cells.get(0)).containsExactly("驻村考勤月报表（2026年10月）　区财政局");
		assertThat(cells.get(2)).startsWith("镇（街道）", "村", "姓名", "在村天数");
		assertThat(cells.get(3)).startsWith("城关镇", "枣庙村", "张三", "8");
		assertThat(cells.get(5)).startsWith("合计", "", "", "10");
	}

	private List<List<String>> read(SheetView sheet, int index) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.excel.write(sheet, () -> out);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet s = workbook.getSheet(index).orElseThrow();
			return s.read().stream().map(SheetExcelTest::texts).toList();
		}
	}

	private static List<String> texts(Row row) {
		return java.util.stream.IntStream.range(0, row.getCellCount())
			.mapToObj(i -> row.getOptionalCell(i).map(c -> c.getText()).orElse(""))
			.toList();
	}
}
