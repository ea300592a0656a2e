package org.datadeed.local.demo;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo datasets, generated: plausible in shape and distribution (rush hours, weekends, the Spring Festival),
 * invented in every value. Each generator is seeded, so every machine produces the same bytes and the same
 * fingerprints.
 */
public final class DemoDatasets {

    private static final int SAMPLE_RECORDS = 20;

    /** Official holidays and make-up workdays of early 2025 (State Council notice on the 2025 holidays). */
    private static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
            LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4),
            LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 6));
    private static final Set<LocalDate> MAKE_UP_WORKDAYS = Set.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8),
            LocalDate.of(2025, 4, 27));

    private static final LocalDate SPRING_FESTIVAL_FROM = LocalDate.of(2025, 1, 28);
    private static final LocalDate SPRING_FESTIVAL_UNTIL = LocalDate.of(2025, 2, 4);

    private DemoDatasets() {
    }

    /** Boardings and alightings per stop, line, direction and hour on Hangzhou's buses, January 2025. */
    public static Dataset hangzhouBusPassengerFlow() {
        Random random = new Random(20250101L);
        String[][] lines = {
                {"L0001", "1路"}, {"L0007", "7路"}, {"L0028", "28路"}, {"L0051", "51路"}, {"L0155", "155路"},
                {"LB001", "快速公交B1线"}};
        List<String> pool = new ArrayList<>(List.of("武林广场", "龙翔桥", "凤起路", "西湖文化广场", "火车东站(东广场)",
                "城站火车站", "黄龙体育中心", "文三路学院路口", "古荡", "西溪湿地东", "滨江区政府", "江陵路地铁站",
                "钱江世纪城", "市民中心", "庆春广场", "少年宫", "浙大紫金港", "三墩", "九堡客运中心", "下沙高教东区",
                "北山街", "岳庙", "灵隐", "植物园", "断桥", "南宋御街", "吴山广场", "钱塘江大桥南", "萧山机场",
                "东新园", "和睦新村", "拱宸桥东", "大关", "湖墅南路", "体育场路", "建国北路", "艮山门", "彭埠",
                "七堡", "汽车北站"));
        String header = "date,hour,line_id,line_name,direction,stop_seq,stop_id,stop_name,boardings,alightings";
        return build("hz-bus-passenger-flow-2025-01.csv", header, fields(
                "date", "统计日期", "DATE", "yyyy-MM-dd",
                "hour", "统计时段", "INTEGER", "小时(5-22)，表示该小时内的客流",
                "line_id", "线路编号", "VARCHAR(8)", "公交线路内部编号",
                "line_name", "线路名称", "VARCHAR(32)", "对外公布的线路名称",
                "direction", "方向", "VARCHAR(4)", "上行/下行",
                "stop_seq", "站序", "INTEGER", "站点在该方向上的顺序，从1开始",
                "stop_id", "站点编号", "VARCHAR(10)", "公交站点编号",
                "stop_name", "站点名称", "VARCHAR(32)", "公交站点名称",
                "boardings", "上车人次", "INTEGER", "IC卡、交通联合卡与扫码乘车上车刷卡次数合计",
                "alightings", "下车人次", "INTEGER", "按下车刷卡与OD推算的下车人次合计"), sink -> {
            List<List<String>> routes = new ArrayList<>();
            for (int l = 0; l < lines.length; l++) {
                Collections.shuffle(pool, random);
                routes.add(new ArrayList<>(pool.subList(0, 10)));
            }
            YearMonth month = YearMonth.of(2025, 1);
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                LocalDate date = month.atDay(day);
                double dayFactor = dayFactor(date);
                for (int l = 0; l < lines.length; l++) {
                    double lineFactor = l == 5 ? 2.2 : 0.7 + l * 0.15;
                    for (int d = 0; d < 2; d++) {
                        List<String> stops = new ArrayList<>(routes.get(l));
                        if (d == 1) {
                            Collections.reverse(stops);
                        }
                        for (int hour = 5; hour <= 22; hour++) {
                            for (int s = 0; s < stops.size(); s++) {
                                double base = 38 * lineFactor * dayFactor * hourProfile(hour, date);
                                int boardings = s == stops.size() - 1 ? 0 : noisy(random, base * (1.3 - s * 0.1));
                                int alightings = s == 0 ? 0 : noisy(random, base * (0.4 + s * 0.1));
                                sink.accept(date + "," + hour + "," + lines[l][0] + "," + lines[l][1] + ","
                                        + (d == 0 ? "上行" : "下行") + "," + (s + 1) + ","
                                        + stopId(stops.get(s)) + "," + stops.get(s) + "," + boardings + "," + alightings);
                            }
                        }
                    }
                }
            }
        });
    }

    /** Station entries and exits per hour on the Shenzhen Metro, March 2025. */
    public static Dataset shenzhenMetroStationFlow() {
        Random random = new Random(20250301L);
        String[][] stations = {
                {"1号线", "0101", "罗湖"}, {"1号线", "0102", "国贸"}, {"1号线", "0103", "老街"}, {"1号线", "0104", "大剧院"},
                {"1号线", "0105", "科学馆"}, {"1号线", "0106", "华强路"}, {"1号线", "0107", "岗厦"},
                {"1号线", "0108", "会展中心"}, {"1号线", "0109", "购物公园"}, {"1号线", "0111", "车公庙"},
                {"1号线", "0118", "深大"}, {"1号线", "0119", "高新园"}, {"1号线", "0121", "世界之窗"},
                {"4号线", "0401", "福田口岸"}, {"4号线", "0404", "市民中心"}, {"4号线", "0405", "少年宫"},
                {"4号线", "0409", "红山"}, {"4号线", "0411", "深圳北站"}, {"4号线", "0412", "白石龙"},
                {"5号线", "0518", "前海湾"}, {"5号线", "0520", "宝安中心"}, {"5号线", "0530", "布吉"}};
        String header = "date,hour,line,station_code,station_name,entries,exits";
        return build("sz-metro-station-flow-2025-03.csv", header, fields(
                "date", "统计日期", "DATE", "yyyy-MM-dd",
                "hour", "统计时段", "INTEGER", "小时(6-23)",
                "line", "线路", "VARCHAR(16)", "车站所属线路；换乘站按首个线路统计",
                "station_code", "车站编码", "CHAR(4)", "线路号两位+站序两位",
                "station_name", "车站名称", "VARCHAR(32)", "车站中文名称",
                "entries", "进站量", "INTEGER", "闸机进站人次，含单程票、深圳通与乘车码",
                "exits", "出站量", "INTEGER", "闸机出站人次"), sink -> {
            YearMonth month = YearMonth.of(2025, 3);
            for (int day = 1; day <= month.lengthOfMonth(); day++) {
                LocalDate date = month.atDay(day);
                for (int hour = 6; hour <= 23; hour++) {
                    for (int s = 0; s < stations.length; s++) {
                        double size = 300 + (s * 7919 % 11) * 140;
                        double base = size * dayFactor(date) * hourProfile(hour, date);
                        sink.accept(date + "," + hour + "," + stations[s][0] + "," + stations[s][1] + ","
                                + stations[s][2] + "," + noisy(random, base) + "," + noisy(random, base * 0.97));
                    }
                }
            }
        });
    }

    /** Five-minute occupancy snapshots of public car parks in Hangzhou, as the parking API serves them (JSON lines). */
    public static Dataset hangzhouParkingOccupancy() {
        Random random = new Random(20250415L);
        String[] districts = {"上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区"};
        String[] kinds = {"地下停车场", "立体停车库", "路内泊位", "公共停车场"};
        String[] places = {"武林广场", "湖滨银泰", "杭州大厦", "西溪印象城", "龙湖天街", "万象城", "来福士",
                "城西银泰", "奥体中心", "杭州东站", "市民中心", "西湖文化广场", "黄龙体育中心", "江陵路",
                "钱江新城", "未来科技城", "良渚文化村", "萧山万达", "下沙宝龙", "临平新城"};
        int lots = 60;
        String[] ids = new String[lots];
        String[] names = new String[lots];
        String[] lotDistricts = new String[lots];
        int[] totals = new int[lots];
        for (int i = 0; i < lots; i++) {
            lotDistricts[i] = districts[i % districts.length];
            ids[i] = String.format("P3301%02d%03d", 2 + i % districts.length, i + 1);
            names[i] = places[i % places.length] + kinds[(i / places.length) % kinds.length];
            totals[i] = kinds[(i / places.length) % kinds.length].equals("路内泊位") ? 40 + random.nextInt(80)
                    : 200 + random.nextInt(900);
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+08:00'");
        return build("hz-parking-occupancy-2025-04-15.jsonl", null, fields(
                "lot_id", "停车场编号", "VARCHAR(11)", "P+行政区划代码后四位+序号",
                "lot_name", "停车场名称", "VARCHAR(64)", "停车场名称",
                "district", "所属区县", "VARCHAR(16)", "杭州市辖区",
                "total_spaces", "总泊位数", "INTEGER", "对外开放的泊位总数",
                "free_spaces", "空余泊位数", "INTEGER", "采集时刻的空余泊位",
                "updated_at", "采集时间", "TIMESTAMP", "ISO 8601，北京时间，每5分钟一次"), sink -> {
            LocalDateTime start = LocalDate.of(2025, 4, 15).atStartOfDay();
            for (int slot = 0; slot < 288; slot++) {
                LocalDateTime at = start.plusMinutes(5L * slot);
                double occupancy = Math.min(0.97, 0.15 + 0.8 * hourProfile(at.getHour(), at.toLocalDate()) / 1.6);
                for (int i = 0; i < lots; i++) {
                    int free = Math.max(0, (int) Math.round(totals[i] * (1 - occupancy) + random.nextGaussian() * totals[i] * 0.03));
                    sink.accept("{\"lot_id\":\"" + ids[i] + "\",\"lot_name\":\"" + names[i] + "\",\"district\":\""
                            + lotDistricts[i] + "\",\"total_spaces\":" + totals[i] + ",\"free_spaces\":"
                            + Math.min(free, totals[i]) + ",\"updated_at\":\"" + time.format(at) + "\"}");
                }
            }
        });
    }

    /** Monthly electricity consumption of Hangzhou enterprises, 2022 to 2024, enterprises pseudonymised. */
    /** Hangzhou bus arrival predictions, one day of the API's snapshots (the product the marketplace demo licenses). */
    public static Dataset hangzhouBusArrivals() {
        Random random = new Random(20250520L);
        String[][] lines = {{"L0001", "1路"}, {"L0007", "7路"}, {"L0028", "28路"}, {"LB001", "快速公交B1线"}};
        String[] stops = {"武林广场", "龙翔桥", "凤起路", "西湖文化广场", "火车东站(东广场)", "城站火车站", "黄龙体育中心",
                "市民中心", "庆春广场", "江陵路地铁站"};
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+08:00'");
        return build("hz-bus-arrivals-2025-05-20.jsonl", null, fields(
                "line_id", "线路编号", "VARCHAR(8)", "公交线路内部编号",
                "line_name", "线路名称", "VARCHAR(32)", "对外公布的线路名称",
                "stop_name", "站点名称", "VARCHAR(32)", "站点名称",
                "eta_seconds", "预计到站秒数", "INTEGER", "下一班车预计到站的剩余秒数",
                "updated_at", "采集时间", "TIMESTAMP", "ISO 8601，北京时间，每分钟一次"), sink -> {
            LocalDateTime start = LocalDate.of(2025, 5, 20).atTime(6, 0);
            for (int minute = 0; minute < 16 * 60; minute += 10) {
                LocalDateTime at = start.plusMinutes(minute);
                for (String[] line : lines) {
                    for (String stop : stops) {
                        int eta = 30 + random.nextInt(600);
                        sink.accept("{\"line_id\":\"" + line[0] + "\",\"line_name\":\"" + line[1] + "\",\"stop_name\":\""
                                + stop + "\",\"eta_seconds\":" + eta + ",\"updated_at\":\"" + time.format(at) + "\"}");
                    }
                }
            }
        });
    }

    public static Dataset hangzhouEnterpriseElectricity() {
        Random random = new Random(20241231L);
        String[] districts = {"上城区", "拱墅区", "西湖区", "滨江区", "萧山区", "余杭区", "临平区", "钱塘区",
                "富阳区", "临安区", "桐庐县", "淳安县", "建德市"};
        String[][] sections = {{"C", "制造业", "180000"}, {"F", "批发和零售业", "25000"},
                {"I", "信息传输、软件和信息技术服务业", "60000"}, {"E", "建筑业", "30000"},
                {"H", "住宿和餐饮业", "18000"}, {"K", "房地产业", "22000"}, {"M", "科学研究和技术服务业", "35000"}};
        int enterprises = 1500;
        String[] tokens = new String[enterprises];
        String[] enterpriseSection = new String[enterprises];
        String[] enterpriseDistrict = new String[enterprises];
        double[] scale = new double[enterprises];
        for (int e = 0; e < enterprises; e++) {
            byte[] seed = new byte[16];
            random.nextBytes(seed);
            tokens[e] = Fingerprints.sm3(seed).substring(0, 24);
            String[] section = sections[Math.min(sections.length - 1, (int) Math.abs(random.nextGaussian() * 2.2))];
            enterpriseSection[e] = section[0] + " " + section[1];
            enterpriseDistrict[e] = districts[random.nextInt(districts.length)];
            scale[e] = Double.parseDouble(section[2]) * Math.exp(random.nextGaussian() * 1.1);
        }
        String header = "month,enterprise_token,industry_section,district,consumption_kwh,yoy_change_pct";
        return build("hz-enterprise-electricity-2022-2024.csv", header, fields(
                "month", "统计月份", "CHAR(7)", "yyyy-MM",
                "enterprise_token", "企业标识令牌", "CHAR(24)", "统一社会信用代码经加盐SM3运算后的前24位十六进制，不可逆",
                "industry_section", "行业门类", "VARCHAR(32)", "GB/T 4754-2017 门类代码及名称",
                "district", "所属区县", "VARCHAR(16)", "用电户所在区县(市)",
                "consumption_kwh", "当月用电量", "BIGINT", "单位：千瓦时，按抄表周期折算至自然月",
                "yoy_change_pct", "同比增减", "DECIMAL(6,1)", "单位：%，2022年为空"), sink -> {
            double[][] history = new double[enterprises][36];
            for (int m = 0; m < 36; m++) {
                YearMonth month = YearMonth.of(2022, 1).plusMonths(m);
                double season = 1 + 0.18 * Math.cos((month.getMonthValue() - 7.5) / 6 * Math.PI)
                        - (month.getMonthValue() == 2 ? 0.25 : 0);
                double growth = Math.pow(1.045, m / 12.0);
                for (int e = 0; e < enterprises; e++) {
                    double kwh = Math.max(120, scale[e] * season * growth * (1 + random.nextGaussian() * 0.06));
                    history[e][m] = Math.round(kwh);
                    String yoy = m < 12 ? "" : String.format(Locale.ROOT, "%.1f",
                            (history[e][m] - history[e][m - 12]) / history[e][m - 12] * 100);
                    sink.accept(month + "," + tokens[e] + "," + enterpriseSection[e] + "," + enterpriseDistrict[e] + ","
                            + (long) history[e][m] + "," + yoy);
                }
            }
        });
    }

    /** Card-level bus journeys (origin and destination) in Shenzhen, one week of March 2025, cards tokenised. */
    public static Dataset shenzhenBusCardJourneys() {
        Random random = new Random(20250310L);
        String[] stops = {"深圳北站", "民治地铁站", "上梅林", "福田交通枢纽", "车公庙", "科技园", "南头古城", "西丽",
                "龙华汽车站", "布吉", "罗湖火车站", "东门", "华强北", "皇岗口岸", "蛇口港", "宝安中心", "西乡",
                "福永", "沙井", "观澜", "坂田", "大运中心", "龙岗中心城", "坪山高铁站", "盐田港", "大梅沙"};
        int cards = 9000;
        String[] tokens = new String[cards];
        for (int c = 0; c < cards; c++) {
            byte[] seed = new byte[16];
            random.nextBytes(seed);
            tokens[c] = Fingerprints.sm3(seed).substring(0, 32);
        }
        DateTimeFormatter seconds = DateTimeFormatter.ofPattern("HH:mm:ss");
        String header = "travel_date,card_token,board_time,board_stop,alight_stop,transfers";
        return build("sz-bus-card-journeys-2025-03-10-to-16.csv", header, fields(
                "travel_date", "出行日期", "DATE", "yyyy-MM-dd",
                "card_token", "卡号令牌", "CHAR(32)", "深圳通卡号或乘车码用户标识经加盐SM3运算后的前32位，按周轮换盐值",
                "board_time", "上车时间", "TIME", "HH:mm:ss，北京时间",
                "board_stop", "上车站点", "VARCHAR(32)", "上车刷卡站点名称",
                "alight_stop", "下车站点", "VARCHAR(32)", "按出行链推算的下车站点",
                "transfers", "换乘次数", "INTEGER", "同一出行链内90分钟内的换乘次数"), sink -> {
            for (int day = 0; day < 7; day++) {
                LocalDate date = LocalDate.of(2025, 3, 10).plusDays(day);
                int trips = (int) (5200 * dayFactor(date));
                List<String[]> rows = new ArrayList<>(trips);
                for (int t = 0; t < trips; t++) {
                    int hour = sampleHour(random, date);
                    LocalTime at = LocalTime.of(hour, random.nextInt(60), random.nextInt(60));
                    int from = random.nextInt(stops.length);
                    int to = (from + 1 + random.nextInt(stops.length - 1)) % stops.length;
                    int transfers = random.nextDouble() < 0.72 ? 0 : random.nextDouble() < 0.85 ? 1 : 2;
                    rows.add(new String[] {seconds.format(at), tokens[random.nextInt(cards)], stops[from], stops[to],
                            Integer.toString(transfers)});
                }
                rows.sort(Comparator.comparing(row -> row[0]));
                for (String[] row : rows) {
                    sink.accept(date + "," + row[1] + "," + row[0] + "," + row[2] + "," + row[3] + "," + row[4]);
                }
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private static Dataset build(String fileName, String header, List<Dataset.Field> fields, Consumer<Consumer<String>> rows) {
        StringBuilder content = new StringBuilder(1 << 22);
        if (header != null) {
            content.append(header).append('\n');
        }
        List<String> sample = new ArrayList<>();
        long[] count = {0};
        rows.accept(line -> {
            content.append(line).append('\n');
            if (sample.size() < SAMPLE_RECORDS) {
                sample.add(line);
            }
            count[0]++;
        });
        return new Dataset(fileName, content.toString().getBytes(StandardCharsets.UTF_8), count[0], header,
                List.copyOf(sample), fields);
    }

    private static List<Dataset.Field> fields(String... values) {
        List<Dataset.Field> fields = new ArrayList<>();
        for (int i = 0; i < values.length; i += 4) {
            fields.add(new Dataset.Field(values[i], values[i + 1], values[i + 2], values[i + 3]));
        }
        return fields;
    }

    private static boolean workday(LocalDate date) {
        if (MAKE_UP_WORKDAYS.contains(date)) {
            return true;
        }
        return !HOLIDAYS.contains(date) && date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static double dayFactor(LocalDate date) {
        if (!date.isBefore(SPRING_FESTIVAL_FROM) && !date.isAfter(SPRING_FESTIVAL_UNTIL)) {
            return 0.45;
        }
        return workday(date) ? 1.0 : 0.72;
    }

    /** Relative ridership by hour: two rush hours on workdays, a broad midday hump on rest days. */
    private static double hourProfile(int hour, LocalDate date) {
        if (workday(date)) {
            double morning = Math.exp(-Math.pow(hour - 7.8, 2) / 1.2);
            double evening = Math.exp(-Math.pow(hour - 17.8, 2) / 1.6);
            return 0.25 + 1.35 * morning + 1.15 * evening + 0.35 * Math.exp(-Math.pow(hour - 12.5, 2) / 8);
        }
        return 0.2 + 0.9 * Math.exp(-Math.pow(hour - 14, 2) / 14);
    }

    private static int sampleHour(Random random, LocalDate date) {
        while (true) {
            int hour = 6 + random.nextInt(17);
            if (random.nextDouble() * 1.9 < hourProfile(hour, date)) {
                return hour;
            }
        }
    }

    private static int noisy(Random random, double mean) {
        return (int) Math.max(0, Math.round(mean + random.nextGaussian() * Math.sqrt(Math.max(mean, 1)) * 1.4));
    }

    private static String stopId(String name) {
        return String.format("HZ%06d", Math.floorMod(name.hashCode(), 1_000_000));
    }
}
