'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Order extends Model {
    /**
     * Helper method for defining associations.
     * The `models/index` file calls this method automatically.
     */
    static associate(models) {
      Order.belongsToMany(models.Product, { through: { model: models.product_orders, unique: false }, foreignKey: 'orderId', otherKey: 'productId' });
    }
  }
  Order.init({
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
    customer: { type: DataTypes.STRING, allowNull: false },
    orderDate: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
    createdAt: { type: DataTypes.DATE, allowNull: false },
    updatedAt: { type: DataTypes.DATE, allowNull: false }
  }, {
    sequelize,
    modelName: 'Order',
    tableName: 'orders',
  });
  return Order;
};
