'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class Book extends Model {
    /**
     * Helper method for defining associations.
     * The `models/index` file calls this method automatically.
     */
    static associate(models) {
      Book.belongsTo(models.Author, { foreignKey: 'authorId', onDelete: 'CASCADE', onUpdate: 'CASCADE' });
    }
  }
  Book.init({
    id: { type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true, allowNull: false },
    title: { type: DataTypes.STRING, allowNull: false },
    createdAt: { type: DataTypes.DATE, allowNull: false },
    updatedAt: { type: DataTypes.DATE, allowNull: false },
    authorId: { type: DataTypes.INTEGER, references: { model: 'Authors', key: 'id' }, onDelete: 'CASCADE', onUpdate: 'CASCADE' }
  }, {
    sequelize,
    modelName: 'Book',
    tableName: 'Books',
  });
  return Book;
};
