package org.datadeed.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The text of the demo evidence: application letters, commitments, statements and reports, as PDFs. */
public final class DemoDocuments {

    public static final String REGISTRAR_NAME = "数据产权登记中心";

    private DemoDocuments() {
    }

    public static byte[] applicationLetter(String applicant, String objectType, String dataName, String rights,
                                           String classification, LocalDate date) {
        return PdfDocument.render("数据" + objectType + "登记申请书", List.of(
                " 登记机构：" + REGISTRAR_NAME,
                " 申请单位：" + applicant,
                " 登记对象：数据" + objectType,
                " 数据名称：" + dataName,
                " 申请登记的权利：" + rights,
                "",
                "本单位依据《中共中央 国务院关于构建数据基础制度更好发挥数据要素作用的意见》及数据产权登记的有关规定，"
                        + "就上述数据申请登记。数据的来源、内容、规模、存储方式与数据指纹（SHA-256 与 SM3）详见登记系统中填报的信息及随附材料。",
                "本单位已依照 GB/T 43697-2024《数据安全技术 数据分类分级规则》完成分类分级，该数据定级为" + classification
                        + "，不含核心数据。",
                "特此申请。",
                "",
                " 申请单位（盖章）：" + applicant,
                " 日期：" + chinese(date)));
    }

    public static byte[] commitmentLetter(String applicant, String dataName, LocalDate date) {
        return PdfDocument.render("数据登记真实性承诺书", List.of(
                " 致：" + REGISTRAR_NAME,
                "",
                "本单位就“" + dataName + "”的登记申请郑重承诺：",
                "一、所提交的登记信息与材料真实、准确、完整，数据指纹系对所登记数据实际计算所得；",
                "二、数据来源合法，已取得数据来源方对数据采集、加工和本次登记所涉用途的授权；",
                "三、登记的数据及其权利不存在尚未解决的权属争议，未设定未披露的质押或独占许可；",
                "四、数据处理活动符合《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》等法律法规的要求；",
                "五、如有不实，本单位愿承担由此产生的全部法律责任，并同意登记机构依法撤销登记。",
                "",
                " 承诺单位（盖章）：" + applicant,
                " 法定代表人或授权代表（签字）：",
                " 日期：" + chinese(date)));
    }

    public static byte[] sourceStatement(String applicant, String dataName, List<String> paragraphs, LocalDate date) {
        List<String> body = new ArrayList<>();
        body.add(" 数据名称：" + dataName);
        body.add(" 说明单位：" + applicant);
        body.add("");
        body.addAll(paragraphs);
        body.add("");
        body.add(" 说明单位（盖章）：" + applicant);
        body.add(" 日期：" + chinese(date));
        return PdfDocument.render("数据来源说明", body);
    }

    public static byte[] report(String title, String author, List<String> paragraphs, LocalDate date) {
        List<String> body = new ArrayList<>(paragraphs);
        body.add("");
        body.add(" 编制单位：" + author);
        body.add(" 日期：" + chinese(date));
        return PdfDocument.render(title, body);
    }

    static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
