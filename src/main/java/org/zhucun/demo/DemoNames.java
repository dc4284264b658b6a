package org.zhucun.demo;

import java.util.List;

import org.zhucun.organization.UnitKind;

/** The names the demo district is made of: towns with their villages, aid units, people's names and positions. */
final class DemoNames {

	/** A town of the district: its name, the centre its villages cluster around, and its villages. */
	record TownSpec(String name, double latitude, double longitude, List<String> villages) {
	}

	/** An aid unit: its name, kind and how its leadership members are titled. */
	record UnitSpec(String name, UnitKind kind, Leadership leadership) {
	}

	/** Titles of a unit's leadership: the principal's, then the others' in order of rank. */
	enum Leadership {

		BUREAU("党组书记、局长", "副局长", "副局长", "纪检监察组组长", "副局长", "四级调研员"),
		COMMITTEE("党组书记、主任", "副主任", "副主任", "纪检监察组组长", "副主任", "四级调研员"),
		OFFICE("主任", "副主任", "副主任", "纪检监察组组长", "副主任", "四级调研员"),
		DEPARTMENT("部长", "副部长", "副部长", "纪检监察组组长", "副部长", "四级调研员"),
		COURT("党组书记、院长", "副院长", "副院长", "政治部主任", "纪检监察组组长", "审判委员会专职委员"),
		PROCURATORATE("党组书记、检察长", "副检察长", "副检察长", "政治部主任", "纪检监察组组长", "检察委员会专职委员"),
		COLLEGE("院长", "党委副书记", "副院长", "纪委书记", "副院长", "副院长"),
		SCHOOL("校长", "党委副书记", "副校长", "副校长", "工会主席", "副校长"),
		HOSPITAL("院长", "党委副书记", "副院长", "纪委书记", "副院长", "总会计师"),
		CENTRE("主任", "副主任", "副主任", "纪检监察组组长", "副主任", "工会主席"),
		NEWSPAPER("社长", "总编辑", "副社长", "纪检监察组组长", "副总编辑", "副社长"),
		COMPANY("总经理", "副总经理", "副总经理", "纪委书记", "工会主席", "总会计师"),
		GROUP("董事长", "总经理", "副总经理", "纪委书记", "副总经理", "总会计师"),
		BANK("行长", "副行长", "副行长", "纪委书记", "副行长", "工会主席");

		private final String principal;

		private final List<String> others;

		Leadership(String principal, String... others) {
			this.principal = principal;
			this.others = List.of(others);
		}

		String principal() {
			return this.principal;
		}

		/** @return the title of the n-th other member (0-based) */
		String other(int n) {
			return this.others.get(n % this.others.size());
		}
	}

	/** The 11 towns of 济源示范区 with approximate centres; 80 villages in all. */
	static final List<TownSpec> TOWNS = List.of(
			new TownSpec("克井镇", 35.170, 112.530,
					List.of("枣庙村", "北社村", "大社村", "东许村", "西许村", "勋掌村", "原昌村", "柴庄村", "河西村")),
			new TownSpec("五龙口镇", 35.170, 112.700,
					List.of("化村", "省庄村", "南官庄村", "北官庄村", "马村", "贺坡村", "五龙头村", "裴城村")),
			new TownSpec("轵城镇", 35.060, 112.630,
					List.of("东轵城村", "西轵城村", "泥沟河村", "北孔山村", "南荆梁村", "北荆梁村", "柿槟村", "关庄村")),
			new TownSpec("承留镇", 35.040, 112.510,
					List.of("承留村", "南勋村", "卫佛村", "玉阳村", "花石村", "南桐村", "栗树沟村")),
			new TownSpec("邵原镇", 35.150, 112.170,
					List.of("邵原村", "双房村", "黄背角村", "北寨村", "布袋沟村", "刘庄村", "小横岭村")),
			new TownSpec("坡头镇", 34.960, 112.480,
					List.of("坡头村", "连地村", "郑坪村", "双堂村", "泰山村", "清河村", "马住村")),
			new TownSpec("梨林镇", 35.070, 112.740,
					List.of("梨林村", "范庄村", "大许村", "二里腰村", "曲阳村", "石槽村", "后桥村")),
			new TownSpec("大峪镇", 34.990, 112.380,
					List.of("大峪村", "寺郎腰村", "王庄村", "陶山村", "东沟村", "桥沟村", "仙口村")),
			new TownSpec("思礼镇", 35.140, 112.440,
					List.of("思礼村", "水洪池村", "涧北村", "石牛村", "新峪村", "赵礼庄村", "虎岭村")),
			new TownSpec("王屋镇", 35.120, 112.290,
					List.of("王屋村", "愚公村", "上官村", "铁山河村", "清虚村", "毛岭村")),
			new TownSpec("下冶镇", 35.020, 112.220,
					List.of("下冶村", "大沟河村", "南姚村", "陈庄村", "石板沟村", "韩彦村", "吴村")));

	/** 45 government bodies, public institutions and state firms of the district. */
	static final List<UnitSpec> UNITS = List.of(
			new UnitSpec("示范区财政金融局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区教育体育局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区农业农村局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区卫生健康委员会", UnitKind.GOVERNMENT, Leadership.COMMITTEE),
			new UnitSpec("示范区发展改革和统计局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区自然资源和规划局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区住房和城乡建设局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区交通运输局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区水利局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区生态环境局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区市场监督管理局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区民政局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区人力资源和社会保障局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区文化广电和旅游局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区应急管理局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区工业和科技创新局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区商务局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区城市管理局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区审计局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区退役军人事务局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区医疗保障局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("示范区党政办公室", UnitKind.GOVERNMENT, Leadership.OFFICE),
			new UnitSpec("示范区党群工作部", UnitKind.GOVERNMENT, Leadership.DEPARTMENT),
			new UnitSpec("济源市公安局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("济源市中级人民法院", UnitKind.GOVERNMENT, Leadership.COURT),
			new UnitSpec("济源市人民检察院", UnitKind.GOVERNMENT, Leadership.PROCURATORATE),
			new UnitSpec("国家税务总局济源市税务局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("济源市气象局", UnitKind.GOVERNMENT, Leadership.BUREAU),
			new UnitSpec("济源职业技术学院", UnitKind.INSTITUTION, Leadership.COLLEGE),
			new UnitSpec("济源市第一中学", UnitKind.INSTITUTION, Leadership.SCHOOL),
			new UnitSpec("济源市人民医院", UnitKind.INSTITUTION, Leadership.HOSPITAL),
			new UnitSpec("济源市中医院", UnitKind.INSTITUTION, Leadership.HOSPITAL),
			new UnitSpec("示范区疾病预防控制中心", UnitKind.INSTITUTION, Leadership.CENTRE),
			new UnitSpec("示范区农业技术推广中心", UnitKind.INSTITUTION, Leadership.CENTRE),
			new UnitSpec("示范区公共资源交易中心", UnitKind.INSTITUTION, Leadership.CENTRE),
			new UnitSpec("济源日报社", UnitKind.INSTITUTION, Leadership.NEWSPAPER),
			new UnitSpec("国网济源供电公司", UnitKind.STATE_FIRM, Leadership.COMPANY),
			new UnitSpec("河南豫光金铅集团有限责任公司", UnitKind.STATE_FIRM, Leadership.GROUP),
			new UnitSpec("济源投资集团有限公司", UnitKind.STATE_FIRM, Leadership.GROUP),
			new UnitSpec("中国农业银行济源分行", UnitKind.STATE_FIRM, Leadership.BANK),
			new UnitSpec("中国工商银行济源分行", UnitKind.STATE_FIRM, Leadership.BANK),
			new UnitSpec("中国建设银行济源分行", UnitKind.STATE_FIRM, Leadership.BANK),
			new UnitSpec("济源农村商业银行", UnitKind.STATE_FIRM, Leadership.BANK),
			new UnitSpec("中国邮政集团有限公司济源市分公司", UnitKind.STATE_FIRM, Leadership.COMPANY),
			new UnitSpec("中国移动济源分公司", UnitKind.STATE_FIRM, Leadership.COMPANY));

	/** Streets of the district seat, for the units' addresses. */
	static final List<String> STREETS = List.of("济水大街", "黄河大道", "天坛路", "沁园路", "愚公路", "宣化街", "文昌路",
			"荆梁路", "汤帝路", "玉泉路", "济渎路", "北海大道");

	/** Common surnames, most common first. */
	static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭",
			"曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈",
			"姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹",
			"孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝",
			"龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤");

	/** Given names of men, of one or two characters. */
	static final List<String> MALE_GIVEN_NAMES = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚",
			"平", "辉", "鹏", "华", "飞", "鑫", "波", "宁", "浩", "建国", "建华", "志强", "志刚", "海涛", "晓东", "卫东",
			"国庆", "红军", "永生", "俊杰", "文博", "子豪", "宏伟", "振华", "德胜", "新民", "保国", "长青", "立新", "学文",
			"金龙", "春雷", "向阳", "家乐", "宇航", "天佑", "一鸣", "志远", "建军");

	/** Given names of women, of one or two characters. */
	static final List<String> FEMALE_GIVEN_NAMES = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "玲", "燕",
			"萍", "红", "洁", "婷", "雪", "琳", "秀英", "桂英", "丽娟", "海燕", "晓红", "雅琴", "佳怡", "欣怡", "梦洁", "思雨",
			"雨涵", "玉兰", "春梅", "慧敏", "淑华", "凤英", "美玲", "晓燕", "文静", "秋菊", "亚楠", "冬梅", "丹丹", "倩");

	/** Positions of cadres in government bodies. */
	static final List<String> GOVERNMENT_POSITIONS = List.of("科员", "一级科员", "副主任科员", "四级主任科员",
			"三级主任科员", "二级主任科员", "副科长", "科长", "干事");

	/** Positions of cadres in public institutions. */
	static final List<String> INSTITUTION_POSITIONS = List.of("干事", "专业技术人员", "讲师", "主治医师", "助理工程师",
			"副科长", "科长", "办公室主任");

	/** Positions of cadres in state firms. */
	static final List<String> FIRM_POSITIONS = List.of("工程师", "助理工程师", "技术员", "客户经理", "专员", "会计",
			"部门副经理", "部门经理");

	/** Mobile number prefixes (13x, 15x, 18x). */
	static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137", "138", "139",
			"150", "151", "152", "155", "156", "157", "158", "159", "180", "181", "182", "183", "185", "186", "187",
			"188", "189");

	private DemoNames() {
	}

	static List<String> positionsOf(UnitKind kind) {
		return switch (kind) {
			case GOVERNMENT -> GOVERNMENT_POSITIONS;
			case INSTITUTION -> INSTITUTION_POSITIONS;
			case STATE_FIRM, OTHER -> FIRM_POSITIONS;
		};
	}
}
