package shopdesk.client.reports;

import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** JFreeChart charts for a section's series, in the look and feel's colours: flat bars, or a pie for shares. */
final class Charts {
    private Charts() {
    }

    static JFreeChart of(ChartSeries s) {
        JFreeChart chart = s.pie() ? pie(s) : bars(s);
        Color background = UIManager.getColor("Panel.background");
        Color text = UIManager.getColor("Label.foreground");
        if (background != null) chart.setBackgroundPaint(background);
        if (text != null) chart.getTitle().setPaint(text);
        chart.getTitle().setFont(chart.getTitle().getFont().deriveFont(Font.BOLD, 15f));
        return chart;
    }

    private static JFreeChart bars(ChartSeries s) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ChartSeries.Point p : s.points()) data.addValue(p.value(), s.axis(), p.label());
        boolean many = s.points().size() > 12;
        JFreeChart chart = ChartFactory.createBarChart(s.title(), null, s.axis(), data,
                PlotOrientation.VERTICAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        if (many) plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x2675BF));
        renderer.setMaximumBarWidth(0.08);
        return chart;
    }

    private static JFreeChart pie(ChartSeries s) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        for (ChartSeries.Point p : s.points()) data.setValue(p.label(), p.value());
        JFreeChart chart = ChartFactory.createPieChart(s.title(), data, true, true, false);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setShadowPaint(null);
        return chart;
    }
}
